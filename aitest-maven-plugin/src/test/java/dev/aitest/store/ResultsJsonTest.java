package dev.aitest.store;

import dev.aitest.model.Usage;
import dev.aitest.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.Environment;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.Totals;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @TempDir
    Path dir;

    /** A run of 3 iterations with a flaky, a passed and a skipped test; iteration 2 crashed. */
    static Results sample() {
        TestResult flaky = Fixture.test("com.x.ATest#param(int)[3]", List.of(
                        new Run(1, RunOutcome.PASSED, 500, null, null, null),
                        new Run(2, RunOutcome.ERROR, 0, "test JVM crashed in iteration 2: goodbye", "aitest.ForkCrash",
                                null),
                        new Run(3, RunOutcome.FAILED, 800, "expected: <1> but was: <2> \"quoted\" ü",
                                "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError\n\tat a.B")));
        TestResult passed = Fixture.test("com.x.BTest#ok", List.of(new Run(1, RunOutcome.PASSED, 10, null, null, null),
                        new Run(2, RunOutcome.PASSED, 10, null, null, null),
                        new Run(3, RunOutcome.PASSED, 10, null, null, null)));
        TestResult skipped = Fixture.test("com.x.BTest#off", List.of(new Run(1, RunOutcome.SKIPPED, 0, "disabled", null, null),
                        new Run(2, RunOutcome.SKIPPED, 0, "disabled", null, null),
                        new Run(3, RunOutcome.SKIPPED, 0, "disabled", null, null)));
        return new Results(Results.SCHEMA_VERSION, 3, 80.0, "2024-05-01T10:15:30.123Z", 12345,
                new Environment("3.8.7", "3.5.4", "17.0.9"),
                Fixture.totals(3, 1, 0, 1, 1, 9, 4, 2, 3, 66.67, 1330),
                List.of(new IterationTotals(1, 3, 2, 0, 1, 100.0, 4000, null),
                        new IterationTotals(2, 3, 1, 1, 1, 50.0, 3000, "goodbye"),
                        new IterationTotals(3, 3, 2, 1, 1, 66.67, 4100, null)),
                List.of(new DamagedFile(2, "/r/iteration-2/TEST-com.x.ATest.xml", "Premature end of file.")),
                List.of(flaky, passed, skipped));
    }

    private Path write(Results results) throws IOException {
        Path file = dir.resolve(ReportsLayout.RESULTS_JSON);
        ResultsJson.write(results, file);
        return file;
    }

    private static JsonNode tree(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        Results original = sample();

        assertEquals(original, ResultsJson.read(write(original)));
    }

    @Test
    void theHeaderIsEverythingButTheTests() throws IOException {
        Results original = sample().toBuilder().shard(dev.aitest.model.Shard.of(2, 3, 3)).build();
        Path file = write(original);

        assertEquals(original.toBuilder().tests(List.of()).build(), ResultsJson.readHeader(file));

        // a file cut short inside its tests is refused like any other
        String text = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(file, text.substring(0, text.indexOf("\"tests\"") + 40));
        ResultsJson.UnusableException cut = org.junit.jupiter.api.Assertions.assertThrows(
                ResultsJson.UnusableException.class, () -> ResultsJson.readHeader(file));
        org.junit.jupiter.api.Assertions.assertTrue(cut.getMessage().startsWith(file + " is not results aitest can "
                + "use: "), cut.getMessage());
    }

    @Test
    void anEmptyRunReadsBackEqual() throws IOException {
        Results empty = new Results(Results.SCHEMA_VERSION, 5, 0.0, "2024-05-01T10:15:30Z", 0,
                new Environment("3.9.6", "2.22.2", "21"), Fixture.totals(0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0),
                List.of(new IterationTotals(1, 0, 0, 0, 0, null, 120, "No tests matching pattern")), List.of(),
                List.of());

        assertEquals(empty, ResultsJson.read(write(empty)));
    }

    @Test
    void topLevelKeysAreInSchemaOrder() throws IOException {
        JsonNode json = tree(write(sample()));

        assertEquals(List.of("schemaVersion", "iterations", "minPassRate", "startedAt", "durationMs", "complete",
                "finishedIterations", "environment",
                "summary", "iterationSummaries", "damagedFiles", "agents", "unpricedModels", "tests"), fieldNames(json));
    }

    @Test
    void valuesAreWrittenWithTheirSchemaNames() throws IOException {
        JsonNode json = tree(write(sample()));

        assertEquals(1, json.get("schemaVersion").intValue());
        assertEquals(80.0, json.get("minPassRate").doubleValue());
        assertEquals("2024-05-01T10:15:30.123Z", json.get("startedAt").textValue());
        assertEquals("3.5.4", json.at("/environment/surefireVersion").textValue());
        assertEquals(66.67, json.at("/summary/passRate").doubleValue());
        assertEquals(4, json.at("/summary/passedRuns").intValue());
        assertEquals("goodbye", json.at("/iterationSummaries/1/crash").textValue());
        assertEquals("/r/iteration-2/TEST-com.x.ATest.xml", json.at("/damagedFiles/0/file").textValue());
        assertEquals("com.x.ATest#param(int)[3]", json.at("/tests/0/id").textValue());
    }

    @Test
    void enumsAreWrittenInLowerCase() throws IOException {
        JsonNode json = tree(write(sample()));

        assertEquals("flaky", json.at("/tests/0/outcome").textValue());
        assertEquals("passed", json.at("/tests/0/iterations/0/outcome").textValue());
        assertEquals("error", json.at("/tests/0/iterations/1/outcome").textValue());
        assertEquals("failed", json.at("/tests/0/iterations/2/outcome").textValue());
        assertEquals("skipped", json.at("/tests/2/outcome").textValue());
        assertEquals("skipped", json.at("/tests/2/iterations/0/outcome").textValue());
    }

    @Test
    void nullValuesAreWrittenAsNull() throws IOException {
        JsonNode json = tree(write(sample()));

        JsonNode firstRun = json.at("/tests/0/iterations/0");
        assertTrue(firstRun.has("message"), firstRun.toString());
        assertTrue(firstRun.get("message").isNull(), firstRun.toString());
        assertTrue(firstRun.get("type").isNull(), firstRun.toString());
        assertTrue(firstRun.get("stackTrace").isNull(), firstRun.toString());
        assertTrue(json.at("/tests/2").get("passRate").isNull());
        assertTrue(json.at("/iterationSummaries/0").get("crash").isNull());
    }

    @Test
    void unknownFieldsAreIgnoredOnRead() throws IOException {
        Path file = write(sample());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
        json.put("writtenBy", "aitest 9.0");
        json.putObject("futureSection").put("anything", 1);
        ((ObjectNode) json.at("/summary")).put("quarantined", 2);
        ((ObjectNode) json.at("/tests/0")).putArray("tags").add("slow");
        ((ObjectNode) json.at("/tests/0/iterations/1")).put("attempt", 1);
        mapper.writeValue(file.toFile(), json);

        assertEquals(sample(), ResultsJson.read(file));
    }

    @Test
    void writingLeavesOnlyResultsJsonBehind() throws IOException {
        write(sample());

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(ReportsLayout.RESULTS_JSON),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void writingReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve(ReportsLayout.RESULTS_JSON);
        Files.writeString(file, "{\"old\": true, \"longer\": \"" + "x".repeat(50_000) + "\"}");

        ResultsJson.write(sample(), file);

        assertEquals(sample(), ResultsJson.read(file));
        assertTrue(Files.notExists(dir.resolve(ReportsLayout.RESULTS_JSON + ".partial")));
    }

    @Test
    void writingCreatesMissingFolders() throws IOException {
        Path file = dir.resolve("target/aitest-reports").resolve(ReportsLayout.RESULTS_JSON);

        ResultsJson.write(sample(), file);

        assertEquals(sample(), ResultsJson.read(file));
    }

    /** The sample with usage recorded by aitest-runtime on the flaky test's first run. */
    static Results withUsage() {
        Results base = sample();
        TestResult flaky = base.tests().get(0);
        List<Run> runs = new ArrayList<>(flaky.iterations());
        runs.set(0, runs.get(0).withUsage("planner", List.of("gpt-4o"), 100L, 20L, 0.00045,
                java.util.Map.of("judgeScore", 0.9)));
        TestResult enriched = new TestResult(flaky.identity(), flaky.outcome(), flaky.statistics(), flaky.counts(),
                new Usage(flaky.usage().durationMs(), 120L, 0.00045, null), runs);
        Totals s = base.totals();
        return base.toBuilder()
                .totals(Fixture.totals(s.outcomes().tests(), s.outcomes().passed(), s.outcomes().failed(), s.outcomes().flaky(), s.outcomes().skipped(), s.runs(),
                        s.counts().passedRuns(), s.counts().failedRuns(), s.counts().skippedRuns(), s.statistics().passRate(), s.usage().durationMs(), 120L, 0.00045))
                .tests(List.of(enriched, base.tests().get(1), base.tests().get(2)))
                .agents(List.of(new dev.aitest.model.AgentStats("planner", 1, 1, 1, 0, 0, 100.0, 120, 0.00045)))
                .unpricedModels(List.of("local-llm"))
                .unattributed(new dev.aitest.model.Unattributed(2, 50, null))
                .project(new dev.aitest.model.ProjectInfo("com.x", "shop", "1.0", "Shop"))
                .build();
    }

    @Test
    void aClassifiedFlakyTestKeepsItsFindingsFlatInItsEntryAndReadsBackEqual(@TempDir Path dir) throws IOException {
        Results base = sample();
        TestResult flaky = base.tests().get(0).withFlakiness(new dev.aitest.model.FlakinessFinding(
                dev.aitest.model.Flakiness.ORDER_DEPENDENT, new dev.aitest.model.FlakinessFinding.Evidence(
                        "its outcome followed the order both times; it passes alone", "victim", 2, true, 1, true,
                        "passed", 4), List.of("a.CacheTest#fills"), null,
                "mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed -Dtest=a.CacheTest#fills,a.B#c"));
        Results classified = base.toBuilder().tests(List.of(flaky, base.tests().get(1), base.tests().get(2)))
                .classification(new dev.aitest.model.ClassificationSummary(9, 30, 1, 0, 0, 1234)).build();
        Path file = dir.resolve("results.json");
        ResultsJson.write(classified, file);

        assertEquals(classified, ResultsJson.read(file));
        JsonNode json = tree(file);
        List<String> fields = fieldNames(json.get("tests").get(0));
        assertEquals(List.of("firstFailedIteration", "flakiness", "flakinessEvidence", "polluters", "reproduce",
                "iterations"), fields.subList(fields.indexOf("firstFailedIteration"), fields.size()));
        assertEquals("order-dependent", json.get("tests").get(0).get("flakiness").asText());
        assertEquals(List.of("reason", "role", "failingIteration", "failedAgain", "passingIteration", "passedAgain",
                "alone", "runs"), fieldNames(json.get("tests").get(0).get("flakinessEvidence")));
        assertTrue(json.get("tests").get(1).get("flakiness") == null);
        assertEquals(List.of("runs", "maxRuns", "orderDependent", "nonDeterministic", "unknown", "durationMs"),
                fieldNames(json.get("classification")));
        List<String> top = fieldNames(json);
        assertEquals(top.indexOf("iterationSummaries") + 1, top.indexOf("classification"));
    }

    @Test
    void usageFieldsAreWrittenOnlyWhereSomethingWasRecorded() throws IOException {
        JsonNode json = tree(write(withUsage()));

        JsonNode recorded = json.get("tests").get(0).get("iterations").get(0);
        assertEquals(List.of("iteration", "outcome", "durationMs", "message", "type", "stackTrace", "agent", "model",
                "models", "inputTokens", "outputTokens", "tokens", "costUsd", "metrics"), fieldNames(recorded));
        assertEquals(120, recorded.get("tokens").asLong());
        assertEquals("gpt-4o", recorded.get("model").asText());
        JsonNode plain = json.get("tests").get(0).get("iterations").get(1);
        assertEquals(List.of("iteration", "outcome", "durationMs", "message", "type", "stackTrace"), fieldNames(plain));
        assertEquals(List.of("id", "kind", "className", "name", "outcome", "passRate", "passedRuns", "failedRuns",
                "skippedRuns", "durationMs", "tokens", "costUsd", "firstFailedIteration", "iterations"), fieldNames(json.get("tests").get(0)));
        assertTrue(json.get("tests").get(1).get("tokens") == null);
        assertEquals(120, json.get("summary").get("tokens").asLong());
        assertEquals("planner", json.get("agents").get(0).get("agent").asText());
        assertEquals("local-llm", json.get("unpricedModels").get(0).asText());
        assertEquals(50, json.get("unattributed").get("tokens").asLong());
        assertTrue(tree(write(sample())).get("unattributed") == null);
    }

    @Test
    void resultsWithUsageRoundTrip() throws IOException {
        Results original = withUsage();
        assertEquals(original, ResultsJson.read(write(original)));
    }
}
