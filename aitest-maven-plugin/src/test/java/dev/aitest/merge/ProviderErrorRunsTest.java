package dev.aitest.merge;

import static dev.aitest.merge.SurefireXml.error;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.cost.Pricing;
import dev.aitest.facts.Facts;
import dev.aitest.model.Environment;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunCause;
import dev.aitest.model.RunCounts;
import dev.aitest.model.TestResult;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs the provider failed, from Surefire's XML to the counts: told apart while reading, counted as failures or
 * left out of every count, written and read back, and said once in the reports.
 */
class ProviderErrorRunsTest {

    private static final String CLS = "it.ChatTest";

    @TempDir
    Path dir;

    /**
     * Iteration i of three tests: answers errs with openai-java's RateLimitException in iteration 2, connects with a
     * refused connection in iteration 1, judged fails its assertion on "HTTP 503" in iteration 3 (an assertion is the
     * test's verdict, never the provider's).
     */
    private IterationData iteration(int i) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("iteration-" + i));
        write(folder, "TEST-it.ChatTest.xml", report(CLS,
                i == 2 ? error(CLS, "answers", "0.1", "429: Rate limit reached", "com.openai.errors.RateLimitException",
                        "com.openai.errors.RateLimitException: 429: Rate limit reached\n\tat it.ChatTest.answers")
                        : passed(CLS, "answers", "0.1"),
                i == 1 ? error(CLS, "connects", "0.1", "", "java.net.ConnectException", "java.net.ConnectException")
                        : passed(CLS, "connects", "0.1"),
                i == 3 ? failed(CLS, "judged", "0.1", "expected HTTP 200 but was HTTP 503", "java.lang.AssertionError", "x")
                        : passed(CLS, "judged", "0.1")));
        return new IterationData(i, 10, null, new SurefireXmlReader().readDirectory(folder, i));
    }

    private Results merged(boolean exclude) throws IOException {
        Aggregator aggregator = new Aggregator(Pricing.builtIn()).excludingProviderErrors(exclude);
        for (int i = 1; i <= 3; i++) {
            aggregator.add(iteration(i));
        }
        return aggregator.merge().results(3, 80, "2026-12-02T10:00:00Z", 30, new Environment("3.9.16", "3.5.4", "17"),
                null).toBuilder().excludingProviderErrors(exclude).build();
    }

    private static TestResult test(Results results, String name) {
        return results.tests().stream().filter(t -> t.identity().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readingTellsTheProvidersFailuresFromTheTestsOwn() throws IOException {
        Results results = merged(false);

        assertEquals(RunCause.provider("rate-limit", 429), test(results, "answers").iterations().get(1).origin());
        assertEquals(RunCause.provider("connection", null), test(results, "connects").iterations().get(0).origin());
        assertEquals(RunCause.NONE, test(results, "judged").iterations().get(2).origin());
        assertEquals(new RunCounts(2, 1, 0, 1, 0), test(results, "answers").counts());
        assertEquals(new RunCounts(6, 3, 0, 2, 0), results.totals().counts());
        assertEquals(66.67, results.totals().statistics().passRate());
        assertEquals(9, results.totals().runs());
        assertEquals("provider errors: 2 runs (1 rate limit, 1 connection), counted as failures; "
                + "-Daitest.providerErrors=exclude leaves them out of the pass rates", Facts.of(results).providerErrors());
        assertEquals("provider: rate limit (HTTP 429)", Facts.cause(test(results, "answers").iterations().get(1)));
        assertNull(Facts.cause(test(results, "judged").iterations().get(2)));
    }

    @Test
    void excludedRunsStayInTheRunsAndLeaveEveryCount() throws IOException {
        Results results = merged(true);

        TestResult answers = test(results, "answers");
        assertEquals(3, answers.iterations().size());
        assertTrue(answers.iterations().get(1).origin().leftOut());
        assertEquals(new RunCounts(2, 0, 0, 1, 1), answers.counts());
        assertEquals(100.0, answers.statistics().passRate());
        assertEquals(new RunCounts(6, 1, 0, 2, 2), results.totals().counts());
        assertEquals(9, results.totals().runs());
        assertEquals(85.71, results.totals().statistics().passRate());
        // iteration 1 had connects' failure, iteration 2 answers': neither counts in its iteration either
        assertEquals(List.of(2, 2, 2), results.iterationTotals().stream().map(t -> t.passed()).toList());
        assertEquals(List.of(0, 0, 1), results.iterationTotals().stream().map(t -> t.failed()).toList());
        assertEquals("provider errors: 2 runs (1 rate limit, 1 connection), left out of every pass rate "
                + "(aitest.providerErrors=exclude)", Facts.of(results).providerErrors());
        assertEquals("provider: connection, left out of the pass rates",
                Facts.cause(test(results, "connects").iterations().get(0)));
    }

    @Test
    void resultsJsonKeepsTheCauseAndRefusesAnExcludedRunTheProviderDidNotFail() throws IOException {
        Results results = merged(true);
        Path file = dir.resolve("results.json");
        ResultsJson.write(results, file);

        String json = Files.readString(file);
        assertTrue(json.replaceAll("\\s", "").contains("\"cause\":\"provider\",\"providerError\":\"rate-limit\","
                + "\"httpStatus\":429,\"excluded\":true"), json);
        Results read = ResultsJson.read(file);
        assertEquals(results.tests(), read.tests());
        assertTrue(read.criteria().excludesProviderErrors());

        // a passed run cannot be left out of the pass rates, whatever its cause says
        String edited = json.replaceFirst("\"outcome\"\\s*:\\s*\"passed\"",
                "\"outcome\" : \"passed\", \"cause\" : \"provider\", \"excluded\" : true");
        Files.writeString(file, edited);
        ResultsJson.UnusableException e = assertThrows(ResultsJson.UnusableException.class, () -> ResultsJson.read(file));
        assertTrue(e.getMessage().contains("is excluded but only a failed run whose cause is provider can be"),
                e.getMessage());
    }

    @Test
    void theModeIsCountOrExcludeAndNothingElse() throws InvalidParameterException {
        assertEquals(false, Parameters.excludeProviderErrors(null));
        assertEquals(false, Parameters.excludeProviderErrors(" count "));
        assertEquals(true, Parameters.excludeProviderErrors("EXCLUDE"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> Parameters.excludeProviderErrors("ignore"));
        assertEquals("aitest: aitest.providerErrors is 'ignore' but must be count (the provider's failures count as "
                + "failures) or exclude (they are left out of every pass rate); set it in the plugin's <configuration> "
                + "or on the command line, e.g. -Daitest.providerErrors=exclude", e.getMessage());
    }

    @Test
    void aRunOfTheProviderThatIsNotInErrorCountsAsItEnded() {
        Run passed = new Run(1, dev.aitest.model.RunOutcome.PASSED, 1, null, null, null);
        assertEquals(RunCause.NONE, passed.withCause(null).origin());
        assertTrue(passed.counted());
        assertEquals(false, passed.withCause(RunCause.provider("timeout", null).exclude()).counted());
    }
}
