package dev.aitest.baseline;

import static dev.aitest.baseline.BaselineFixtures.results;
import static dev.aitest.baseline.BaselineFixtures.test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @TempDir
    Path dir;

    /** A reactor run: tests of two modules, one of them an integration test, with and without agents. */
    private static List<TestResult> reactorTests(long millis) {
        return List.of(
                test("com.example.SupportAgentTest#greetsTheCustomer", "core", TestKind.TEST, "support", 5, 0, 0,
                        millis),
                test("com.example.SupportAgentTest#answersFaqs(String)[2]", "core", TestKind.TEST, "support", 3, 2, 0,
                        millis),
                test("com.example.SupportAgentTest#answersFaqs(String)[10]", "core", TestKind.TEST, null, 4, 1, 0,
                        millis),
                test("com.example.ToolCallTest#disabled", "core", TestKind.TEST, null, 0, 0, 5, millis),
                test("com.example.FlowIT#runs \"quoted\" é", "core", TestKind.INTEGRATION_TEST, null, 2, 3, 0,
                        millis),
                test("com.example.FlowIT#runs \"quoted\" é", "core", TestKind.TEST, null, 5, 0, 0, millis),
                test("com.example.SupportAgentTest#greetsTheCustomer", "agent", TestKind.TEST, null, 1, 4, 0,
                        millis),
                test("a.First#one", "agent", TestKind.TEST, null, 5, 0, 0, millis));
    }

    private static final String EXPECTED = """
            {
              "format": "aitest-baseline",
              "version": 1,
              "project": {"groupId": "com.example", "artifactId": "demo", "version": "1.0.0", "name": "Demo"},
              "iterations": 5,
              "summary": {"tests": 8, "passed": 3, "failed": 0, "flaky": 4, "skipped": 1, "runs": 40, "passedRuns": 25, \
            "failedRuns": 10, "skippedRuns": 5, "passRate": 71.43},
              "testFields": ["passedRuns", "countedRuns", "agent"],
              "classes": [
                {"module": "agent", "class": "a.First", "tests": {
                  "one": [5, 5]
                }},
                {"module": "agent", "class": "com.example.SupportAgentTest", "tests": {
                  "greetsTheCustomer": [1, 5]
                }},
                {"module": "core", "class": "com.example.FlowIT", "tests": {
                  "runs \\"quoted\\" é": [5, 5]
                }},
                {"module": "core", "class": "com.example.FlowIT", "kind": "integration-test", "tests": {
                  "runs \\"quoted\\" é": [2, 5]
                }},
                {"module": "core", "class": "com.example.SupportAgentTest", "tests": {
                  "answersFaqs(String)[10]": [4, 5],
                  "answersFaqs(String)[2]": [3, 5, "support"],
                  "greetsTheCustomer": [5, 5, "support"]
                }},
                {"module": "core", "class": "com.example.ToolCallTest", "tests": {
                  "disabled": [0, 0]
                }}
              ]
            }
            """;

    @Test
    void theFileHasOneTestPerLineSortedByModuleClassKindAndName() throws IOException {
        Path file = dir.resolve("aitest-baseline.json");

        BaselineFile.write(results("2024-05-01T10:15:30Z", 5, reactorTests(100)), file);

        assertEquals(EXPECTED, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aRunWithoutModulesProjectOrTestsIsWrittenToo() {
        Results empty = results("2024-05-01T10:15:30Z", 3, List.of()).toBuilder().project(null).build();

        assertEquals("""
                {
                  "format": "aitest-baseline",
                  "version": 1,
                  "iterations": 3,
                  "summary": {"tests": 0, "passed": 0, "failed": 0, "flaky": 0, "skipped": 0, "runs": 0, \
                "passedRuns": 0, "failedRuns": 0, "skippedRuns": 0},
                  "testFields": ["passedRuns", "countedRuns", "agent"],
                  "classes": []
                }
                """, BaselineFile.render(Baseline.of(empty, "x")));
    }

    @Test
    void theSameCountsGiveTheSameBytesWhateverTheTimesAndTheOrder() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        List<TestResult> shuffled = new ArrayList<>(reactorTests(9000));
        Collections.shuffle(shuffled, new Random(7));

        BaselineFile.write(results("2024-05-01T10:15:30Z", 5, reactorTests(100)), first);
        BaselineFile.write(results("2025-01-31T23:59:59.999Z", 5, shuffled), second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void whatIsWrittenReadsBackWithTheSameCounts() throws IOException {
        Path file = dir.resolve("aitest-baseline.json");
        Results results = results("2024-05-01T10:15:30Z", 5, reactorTests(100));
        BaselineFile.write(results, file);

        Baseline read = Baseline.read(file);

        Baseline expected = Baseline.of(results, file.toString());
        Comparator<Baseline.Entry> byKey = Comparator.comparing(Baseline.Entry::key);
        assertEquals(expected.tests().stream().sorted(byKey).toList(), read.tests().stream().sorted(byKey).toList());
        assertEquals(file.toString(), read.path());
        assertNull(read.startedAt());
        assertEquals(5, read.iterations());
        assertEquals(BaselineFixtures.PROJECT, read.project());
        assertEquals(expected.counts(), read.counts());
        // and it is JSON any reader takes
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        assertEquals("aitest-baseline", tree.get("format").textValue());
    }

    @Test
    void aResultsJsonIsReadAsABaselineWithItsStartedAt() throws IOException {
        Path file = dir.resolve("results.json");
        Results results = results("2024-05-01T10:15:30Z", 5, reactorTests(100));
        ResultsJson.write(results, file);

        Baseline read = Baseline.read(file);

        assertEquals(Baseline.of(results, file.toString()), read);
        assertEquals("2024-05-01T10:15:30Z", read.startedAt());
    }

    @Test
    void aCompactFileAndTheResultsJsonItCameFromCompareAlike() throws IOException {
        Path json = dir.resolve("results.json");
        Path compact = dir.resolve("aitest-baseline.json");
        Results then = results("2024-05-01T10:15:30Z", 5, reactorTests(100));
        ResultsJson.write(then, json);
        BaselineFile.write(then, compact);
        List<TestResult> changed = new ArrayList<>(reactorTests(100));
        changed.set(0, test("com.example.SupportAgentTest#greetsTheCustomer", "core", TestKind.TEST, "support", 0, 5,
                0, 100));
        Results now = results("2024-06-01T10:15:30Z", 5, changed);

        BaselineComparison fromJson = Comparison.compare(now, Baseline.read(json), 0.95);
        BaselineComparison fromCompact = Comparison.compare(now, Baseline.read(compact), 0.95);

        assertEquals(fromJson.tests(), fromCompact.tests());
        assertEquals(fromJson.overall(), fromCompact.overall());
        assertEquals(fromJson.counts(), fromCompact.counts());
        assertEquals(fromJson.agents(), fromCompact.agents());
        assertEquals("2024-05-01T10:15:30Z", fromJson.source().startedAt());
        assertNull(fromCompact.source().startedAt());
    }

    @Test
    void tenThousandTestsTakeWellUnderOneMegabyte() throws IOException {
        String[] areas = {"checkout.payment", "catalog.search", "support.agent", "orders.fulfilment", "identity.auth",
            "pricing.discounts", "inventory.warehouse", "notifications.email"};
        String[] verbs = {"answersTheRefundQuestion", "escalatesToAHumanWhenAngry", "declinesAnExpiredCard",
            "findsProductsBySynonym", "citesTheSourceDocument", "summarisesTheOrderHistory",
            "refusesToRevealTheSystemPrompt", "callsTheShippingToolWithTheRightArguments"};
        Random random = new Random(42);
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            // 1,000 classes of 10 tests, ids of 80 to 130 characters, a third of them parameterised
            String area = areas[i / 10 % areas.length];
            String className = "com.acme.commerce." + area + ".Scenario" + i / 10 + "ConversationTest";
            String name = verbs[i % verbs.length] + (i % 3 == 0 ? "(String, int)[" + (i % 10 + 1) + "]" : "V" + i);
            int passed = random.nextInt(21);
            tests.add(test(className + "#" + name, null, TestKind.TEST, i % 3 == 0 ? "agent-" + i % 4 : null, passed,
                    20 - passed, 0, 1));
        }
        Path file = dir.resolve("aitest-baseline.json");

        BaselineFile.write(results("2024-05-01T10:15:30Z", 20, tests), file);

        long size = Files.size(file);
        double meanId = tests.stream().mapToInt(t -> t.id().length()).average().orElseThrow();
        System.out.printf("baseline of 10,000 tests (mean id %.1f characters): %,d bytes%n", meanId, size);
        assertTrue(size < 1_000_000, size + " bytes");
        assertEquals(10_000, Baseline.read(file).tests().size());
    }

    @Test
    void anIdThatIsNotClassNameHashNameOrTwiceTheSameTestCannotBeWritten() {
        Baseline.Entry plain = new Baseline.Entry("plain", null, TestKind.TEST, null, 1, 1);
        Baseline.Entry twice = new Baseline.Entry("x.ATest#a", "core", TestKind.INTEGRATION_TEST, null, 1, 1);

        assertEquals("test id plain is not className#name", assertThrows(IllegalArgumentException.class,
                () -> BaselineFile.render(new Baseline("x", null, 1, null, null, List.of(plain)))).getMessage());
        assertEquals("x.ATest#a of module core (integration-test) is listed twice",
                assertThrows(IllegalArgumentException.class, () -> BaselineFile.render(
                        new Baseline("x", null, 1, null, null, List.of(twice, twice)))).getMessage());
    }
}
