package dev.aitest.config;

import dev.aitest.model.Shard;

import dev.aitest.model.TestFilter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {

    @Test
    void iterationsAcceptsAWholeNumber() throws InvalidParameterException {
        assertEquals(3, Parameters.iterations("3"));
        assertEquals(1, Parameters.iterations("1"));
        assertEquals(12, Parameters.iterations(" 12 "));
    }

    @Test
    void iterationsRejectsZeroWithAMessageNamingPropertyValueAndFix() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.iterations("0"));
        assertEquals("aitest: aitest.iterations is '0' but must be a whole number of 1 or more; set it in the plugin's "
                + "<configuration> or on the command line, e.g. -Daitest.iterations=3", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "", "2.5", "-99999999999"})
    void iterationsRejectsWhatIsNotAWholeNumberOfOneOrMore(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.iterations(value));
        assertEquals("aitest: aitest.iterations is '" + value + "' but must be a whole number of 1 or more; set it in "
                + "the plugin's <configuration> or on the command line, e.g. -Daitest.iterations=3", e.getMessage());
    }

    @Test
    void aNumberOfIterationsBeyondAnIntSaysSo() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.iterations("99999999999"));
        assertEquals("aitest: aitest.iterations is '99999999999' but must be a whole number of 1 or more no larger than "
                + "2147483647; set it in the plugin's <configuration> or on the command line, e.g. -Daitest.iterations=3",
                e.getMessage());
        assertEquals(Integer.MAX_VALUE, assertDoesNotThrow(() -> Parameters.iterations("2147483647")));
    }

    @Test
    void moreThanAThousandIterationsAreSaidBeforeTheyStart() {
        assertEquals(null, Parameters.manyIterations(1_000));
        assertEquals("aitest: aitest.iterations is 1,000,000: every test runs 1,000,000 times, which takes that many "
                + "times as long as one run; stop the build and lower it if that was not meant",
                Parameters.manyIterations(1_000_000));
    }

    @Test
    void budgetsAreReadAndBadOnesRefused() throws InvalidParameterException {
        assertEquals(null, Parameters.maxCostUsd(null));
        assertEquals(null, Parameters.maxCostUsd(" "));
        assertEquals(2.5, Parameters.maxCostUsd("2.50"));
        assertEquals(0.000001, Parameters.maxCostUsd("0.000001"));
        InvalidParameterException tooFine = assertThrows(InvalidParameterException.class,
                () -> Parameters.maxCostUsd("0.0000009"));
        assertEquals("aitest: aitest.maxCostUsd is '0.0000009' but must be an amount of US dollars of at least 0.000001 "
                + "(costs are recorded to a millionth of a dollar); set it in the plugin's <configuration> or on the "
                + "command line, e.g. -Daitest.maxCostUsd=0.000001", tooFine.getMessage());
        assertEquals(0.25, Parameters.maxCostUsd("$0.25"));
        assertEquals(null, Parameters.maxDuration(null));
        assertEquals(45 * 60_000L, Parameters.maxDuration("45m"));
        assertEquals(2 * 3_600_000L, Parameters.maxDuration("2h"));
        assertEquals(5_400_000L, Parameters.maxDuration("1h30m"));
        assertEquals(5_400_000L, Parameters.maxDuration("1h 30min"));
        assertEquals(90_000L, Parameters.maxDuration("90s"));
        assertEquals(45 * 60_000L, Parameters.maxDuration("PT45M"));
        for (String bad : new String[] {"0", "-1", "free", "1e400"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.maxCostUsd(bad));
            assertEquals("aitest: aitest.maxCostUsd is '" + bad + "' but must be an amount of US dollars above 0; set "
                    + "it in the plugin's <configuration> or on the command line, e.g. -Daitest.maxCostUsd=2.50",
                    e.getMessage());
        }
        for (String bad : new String[] {"0m", "45", "soon", "PT0S", "-5m", "m"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.maxDuration(bad));
            assertEquals("aitest: aitest.maxDuration is '" + bad + "' but must be a duration above 0 in hours, minutes "
                    + "and seconds (45m, 2h, 1h30m, 90s) or ISO-8601 (PT45M); set it in the plugin's <configuration> or "
                    + "on the command line, e.g. -Daitest.maxDuration=45m", e.getMessage());
        }
    }

    @Test
    void minIterationsIsNullForAFixedRunAndDefaultsToThreeOrTheIterations() throws InvalidParameterException {
        assertEquals(null, Parameters.minIterations("false", null, 10, null));
        assertEquals(null, Parameters.minIterations(null, "4", 10, null));
        assertEquals(null, Parameters.minIterations(" ", null, 10, null));
        assertEquals(3, Parameters.minIterations("true", null, 10, null));
        assertEquals(3, Parameters.minIterations(" TRUE ", "", 10, null));
        assertEquals(2, Parameters.minIterations("true", null, 2, null));
        assertEquals(1, Parameters.minIterations("true", "1", 10, null));
        assertEquals(10, Parameters.minIterations("true", "10", 10, null));
    }

    @Test
    void minIterationsOutsideOneToTheIterationsAndAdaptiveWithAShardAreRefusedNamingBoth() {
        for (String bad : new String[] {"0", "11", "-1", "three", "2.5", "99999999999"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> Parameters.minIterations("true", bad, 10, null), bad);
            assertEquals("aitest: aitest.minIterations is '" + bad + "' but must be a whole number from 1 to "
                    + "aitest.iterations (10); set it in the plugin's <configuration> or on the command line, e.g. "
                    + "-Daitest.minIterations=3", e.getMessage());
        }
        InvalidParameterException flag = assertThrows(InvalidParameterException.class,
                () -> Parameters.minIterations("yes", null, 10, null));
        assertEquals("aitest: aitest.adaptive is 'yes' but must be true or false; set it in the plugin's "
                + "<configuration> or on the command line, e.g. -Daitest.adaptive=true", flag.getMessage());
        InvalidParameterException sharded = assertThrows(InvalidParameterException.class,
                () -> Parameters.minIterations("true", null, 10, Parameters.shard("2/3", 10)));
        assertEquals("aitest: aitest.adaptive is true and aitest.shard is '2/3', but an adaptive run decides after "
                + "each iteration from all of them, so its iterations cannot be shared out over jobs; remove "
                + "-Daitest.shard (or run with -Daitest.adaptive=false)", sharded.getMessage());
    }

    @Test
    void aListedOrderIsTheTestsOfTestInTheirOrderAndNeedsThem() throws InvalidParameterException {
        assertEquals(null, Parameters.listedOrder("random", "A#b", "test"));
        assertEquals(List.of(new TestFilter.Test("p.B", "x"), new TestFilter.Test("p.A", "b"),
                new TestFilter.Test("p.A", "a"), new TestFilter.Test("C", null)),
                Parameters.listedOrder(" Listed", "p.B#x, p.A#b+a,,C", "test"));
        assertEquals(null, Parameters.orderSeed("listed", null, () -> 9));
        InvalidParameterException none = assertThrows(InvalidParameterException.class,
                () -> Parameters.listedOrder("listed", " ", "it.test"));
        assertEquals("aitest: aitest.order is 'listed', which runs the tests in the order -Dit.test lists them, but "
                + "-Dit.test is not given; add e.g. -Dit.test=com.example.CacheTest#fills,com.example.ReaderTest#reads",
                none.getMessage());
        InvalidParameterException pattern = assertThrows(InvalidParameterException.class,
                () -> Parameters.listedOrder("listed", "p.A,*Test", "test"));
        assertEquals("aitest: test is 'p.A,*Test' but must be a list of classes or Class#method names for "
                + "aitest.order=listed (a pattern or an exclusion has no order); set it in the plugin's <configuration> "
                + "or on the command line, e.g. -Dtest=com.example.CacheTest#fills,com.example.ReaderTest#reads",
                pattern.getMessage());
    }

    @Test
    void theClassificationIsOnWithShuffledOrdersOfEveryIterationAndBounded() throws InvalidParameterException {
        Shard shard = Parameters.shard("1/2", 4);
        assertEquals(30, Parameters.classifyRuns(null, null, 5L, null));
        assertEquals(30, Parameters.classifyRuns("", "30", 5L, null));
        assertEquals(7, Parameters.classifyRuns("true", "7", 5L, null));
        assertEquals(0, Parameters.classifyRuns(null, "30", null, null));
        assertEquals(0, Parameters.classifyRuns(null, "30", 5L, shard));
        assertEquals(0, Parameters.classifyRuns("FALSE", "30", 5L, null));
        assertEquals("aitest: aitest.classifyRuns is '0' but must be a whole number of 1 or more; set it in the "
                + "plugin's <configuration> or on the command line, e.g. -Daitest.classifyRuns=30",
                assertThrows(InvalidParameterException.class, () -> Parameters.classifyRuns(null, "0", 5L, null))
                        .getMessage());
        assertEquals("aitest: aitest.classify is 'yes' but must be true or false; set it in the plugin's "
                + "<configuration> or on the command line, e.g. -Daitest.classify=false",
                assertThrows(InvalidParameterException.class, () -> Parameters.classifyRuns("yes", "3", 5L, null))
                        .getMessage());
        assertEquals("aitest: aitest.classify is true but aitest.order is not random: the classification runs again "
                + "the shuffled orders the tests failed and passed in; add -Daitest.order=random",
                assertThrows(InvalidParameterException.class, () -> Parameters.classifyRuns("true", "3", null, null))
                        .getMessage());
        assertEquals("aitest: aitest.classify is true but aitest.shard is given: a shard holds only some iterations, "
                + "and the classification needs the orders of all; classify in a run of every iteration, or leave "
                + "aitest.classify out",
                assertThrows(InvalidParameterException.class, () -> Parameters.classifyRuns("true", "3", 5L, shard))
                        .getMessage());
    }

    @Test
    void theOrderIsAsIsOrRandomWithTheGivenOrAChosenSeed() throws InvalidParameterException {
        assertEquals(null, Parameters.orderSeed(null, null, () -> 9));
        assertEquals(null, Parameters.orderSeed("as-is", " ", () -> 9));
        assertEquals(9L, Parameters.orderSeed("random", null, () -> 9));
        assertEquals(-42L, Parameters.orderSeed(" RANDOM ", "-42", () -> 9));
        assertEquals(Long.MAX_VALUE, Parameters.orderSeed("random", Long.toString(Long.MAX_VALUE), () -> 9));
        InvalidParameterException mode = assertThrows(InvalidParameterException.class,
                () -> Parameters.orderSeed("shuffled", null, () -> 9));
        assertEquals("aitest: aitest.order is 'shuffled' but must be as-is (the project's own order), random (a "
                + "shuffled order per iteration) or listed (the order -Dtest lists the tests in); set it in the plugin's <configuration> or on the command line, e.g. "
                + "-Daitest.order=random", mode.getMessage());
        InvalidParameterException bad = assertThrows(InvalidParameterException.class,
                () -> Parameters.orderSeed("random", "1e3", () -> 9));
        assertEquals("aitest: aitest.seed is '1e3' but must be a whole number from -9223372036854775808 to "
                + "9223372036854775807; set it in the plugin's <configuration> or on the command line, e.g. "
                + "-Daitest.seed=42", bad.getMessage());
        InvalidParameterException alone = assertThrows(InvalidParameterException.class,
                () -> Parameters.orderSeed(null, "42", () -> 9));
        assertEquals("aitest: aitest.seed is '42' but aitest.order is as-is, so no order is shuffled; "
                + "add -Daitest.order=random, or leave aitest.seed out", alone.getMessage());
    }

    @Test
    void anAdaptiveRunOfAPluginWithSeveralExecutionsIsRefusedNamingThem() {
        assertEquals("aitest: aitest.adaptive is true but Surefire has 2 executions of test in this project "
                + "(default-test, slow-tests); an adaptive run filters the tests of one execution. Merge them into "
                + "one execution, or run with -Daitest.adaptive=false",
                Parameters.adaptiveExecutions(3, "Surefire", "test", List.of("default-test", "slow-tests")));
        assertEquals(null, Parameters.adaptiveExecutions(3, "Surefire", "test", List.of("default-test")));
        assertEquals(null, Parameters.adaptiveExecutions(null, "Surefire", "test", List.of("a", "b")));
    }

    @Test
    void parallelIterationsAcceptsAWholeNumberAndRefusesTheRest() throws InvalidParameterException {
        assertEquals(4, Parameters.parallelIterations("4"));
        for (String bad : new String[] {"0", "-3", "many", "1.5"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> Parameters.parallelIterations(bad));
            assertEquals("aitest: aitest.parallelIterations is '" + bad + "' but must be a whole number of 1 or more; "
                    + "set it in the plugin's <configuration> or on the command line, e.g. -Daitest.parallelIterations=2",
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @NullSource
    void iterationsRejectsAMissingValue(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Parameters.iterations(value));
        assertTrue(e.getMessage().startsWith("aitest: aitest.iterations is 'null' but must be a whole number of 1 or more;"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "80     | 80.0",
        "0      | 0.0",
        "100    | 100.0",
        "66.5   | 66.5",
        "' 80 ' | 80.0",
        "80%    | 80.0",
        "99.99  | 99.99",
    })
    void minPassRateAcceptsAPercentageFromZeroToHundred(String value, double expected)
            throws InvalidParameterException {
        assertEquals(expected, Parameters.minPassRate(value));
    }

    @Test
    void minPassRateRejectsMoreThanHundredWithTheFullMessage() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.minPassRate("101"));
        assertEquals("aitest: aitest.minPassRate is '101' but must be a percentage from 0 to 100; set it in the plugin's "
                + "<configuration> or on the command line, e.g. -Daitest.minPassRate=80", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "abc", "NaN", "1e2", "Infinity", "", "100.01", "%"})
    void minPassRateRejectsWhatIsNotAPercentage(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.minPassRate(value));
        assertTrue(e.getMessage().startsWith("aitest: aitest.minPassRate is '" + value + "' but must be "),
                e.getMessage());
        assertTrue(e.getMessage().contains("a percentage from 0 to 100"), e.getMessage());
        assertTrue(e.getMessage().endsWith("e.g. -Daitest.minPassRate=80"), e.getMessage());
    }

    @ParameterizedTest
    @NullSource
    void minPassRateRejectsAMissingValue(String value) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.minPassRate(value));
        assertTrue(e.getMessage().contains("aitest.minPassRate is 'null'"), e.getMessage());
    }

    @Test
    void theStatisticsCriteriaAreReadAndBadOnesRefusedWithTheFix() throws InvalidParameterException {
        assertEquals(0.95, Parameters.confidence("0.95"));
        assertEquals(0.5, Parameters.confidence(" 0.5 "));
        assertEquals(0.999, Parameters.confidence("0.999"));
        assertNull(Parameters.confidence(""));
        for (String bad : new String[] {"0.4999", "1", "0.9999", "95", "95%", "abc", "NaN"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> Parameters.confidence(bad));
            assertEquals("aitest: aitest.confidence is '" + bad + "' but must be a confidence level from 0.5 to 0.999; "
                    + "set it in the plugin's <configuration> or on the command line, e.g. -Daitest.confidence=0.99",
                    e.getMessage());
        }

        assertEquals("strict", Parameters.gate("Strict"));
        assertEquals("lenient", Parameters.gate("lenient"));
        assertEquals("observed", Parameters.gate(" observed "));
        assertNull(Parameters.gate(null));
        InvalidParameterException gate = assertThrows(InvalidParameterException.class,
                () -> Parameters.gate("optimistic"));
        assertTrue(gate.getMessage().startsWith("aitest: aitest.gate is 'optimistic' but must be observed "),
                gate.getMessage());

        assertEquals(80.0, Parameters.minTestPassRate("80%"));
        assertNull(Parameters.minTestPassRate(" "));
        InvalidParameterException test = assertThrows(InvalidParameterException.class,
                () -> Parameters.minTestPassRate("120"));
        assertEquals("aitest: aitest.minTestPassRate is '120' but must be a percentage from 0 to 100; set it in the "
                + "plugin's <configuration> or on the command line, e.g. -Daitest.minTestPassRate=80", test.getMessage());
    }

    @Test
    void aShardIsIOverNWithinTheIterations() throws InvalidParameterException {
        assertEquals(new dev.aitest.model.Shard(2, 4, 4, 6), Parameters.shard("2/4", 10));
        assertEquals(new dev.aitest.model.Shard(1, 1, 1, 3), Parameters.shard(" 1 / 1 ", 3));
        assertNull(Parameters.shard("", 3));
        assertNull(Parameters.shard(null, 3));
        for (String bad : new String[] {"0/2", "3/2", "1/5", "2", "1/2/3", "a/b", "-1/2", "1/0"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> Parameters.shard(bad, 4));
            assertEquals("aitest: aitest.shard is '" + bad + "' but must be i/n, this job's share of the iterations, "
                    + "with 1 <= i <= n <= aitest.iterations (4); set it in the plugin's <configuration> or on the "
                    + "command line, e.g. -Daitest.shard=1/2", e.getMessage());
        }
    }
}
