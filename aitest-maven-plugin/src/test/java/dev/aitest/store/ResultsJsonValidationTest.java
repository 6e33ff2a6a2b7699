package dev.aitest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results.json that is damaged, foreign or of a newer schema is refused before anything is done with it. */
class ResultsJsonValidationTest {

    private static final String FIX = "; run aitest:test again to write it anew";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The sample results.json changed by {@code edit}, and the message reading it gives. */
    private String refusal(Consumer<ObjectNode> edit) throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(ResultsJsonTest.sample(), file);
        ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
        edit.accept(json);
        mapper.writeValue(file.toFile(), json);
        return assertThrows(ResultsJson.UnusableException.class, () -> ResultsJson.read(file)).getMessage();
    }

    private String prefix() {
        return dir.resolve("results.json") + " is not results aitest can use: ";
    }

    @Test
    void aFolderWhereResultsJsonShouldBeIsSaidToBeAFolder() throws IOException {
        Path file = Files.createDirectories(dir.resolve("results.json"));

        String expected = file + " is a folder, not the results file aitest writes; move the folder away and run "
                + "aitest:test again to write it anew";
        assertEquals(expected, assertThrows(ResultsJson.UnusableException.class, () -> ResultsJson.read(file))
                .getMessage());
        assertEquals(expected, assertThrows(ResultsJson.UnusableException.class, () -> ResultsJson.readHeader(file))
                .getMessage());
    }

    @Test
    void aNewerSchemaIsRefusedNamingTheVersionThatWroteIt() throws IOException {
        String message = refusal(json -> json.put("schemaVersion", 2).put("aitestVersion", "0.3.0"));

        assertEquals(dir.resolve("results.json") + " was written by aitest 0.3.0 in schema version 2, and this aitest "
                + "reads schema version 1 only; use aitest 0.3.0 or newer to read it, or run aitest:test again to write "
                + "it anew", message);
    }

    @Test
    void aFileWithoutSchemaVersionIsNotAitests() throws IOException {
        assertEquals(prefix() + "schemaVersion is missing: it was not written by aitest" + FIX,
                refusal(json -> json.remove("schemaVersion")));
    }

    @Test
    void aMissingSummaryIsNamedNotANullPointer() throws IOException {
        assertEquals(prefix() + "summary is missing but must be an object" + FIX, refusal(json -> json.remove("summary")));
    }

    @Test
    void testsThatAreNullAreNamed() throws IOException {
        assertEquals(prefix() + "tests is null but must be a list" + FIX, refusal(json -> json.putNull("tests")));
    }

    @Test
    void countsThatContradictEachOtherAreRefused() throws IOException {
        assertEquals(prefix() + "summary.runs is 9 but summary.passedRuns, failedRuns, skippedRuns and excludedRuns are 30, 2, 3 and 0; "
                + "they must be 0 or more and add up to it" + FIX,
                refusal(json -> ((ObjectNode) json.get("summary")).put("passedRuns", 30)));
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok) counts 4 passed, 0 failed and 0 skipped runs (passedRuns, "
                + "failedRuns, skippedRuns) but its iterations list 3, 0 and 0" + FIX,
                refusal(json -> ((ObjectNode) json.get("tests").get(1)).put("passedRuns", 4)));
        assertEquals(prefix() + "summary.tests is 3 but tests lists 2 and summary.passed, failed, flaky and skipped "
                + "add up to 3" + FIX, refusal(json -> ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("tests"))
                        .remove(2)));
    }

    /**
     * Per-test counts edited to all-pass while every per-run entry says failed gave "100% (6/6 runs)": the per-run
     * entries are the ground truth of every count, outcome and rate, and a file that contradicts them is refused.
     */
    @Test
    void countsOutcomesAndRatesMustBeWhatThePerRunEntriesSay() throws IOException {
        assertEquals(prefix() + "tests[0] (com.x.ATest#param(int)[3]) counts 3 passed, 0 failed and 0 skipped runs "
                + "(passedRuns, failedRuns, skippedRuns) but its iterations list 1, 2 and 0" + FIX, refusal(json -> {
                    ((ObjectNode) json.get("tests").get(0)).put("passedRuns", 3).put("failedRuns", 0)
                            .put("outcome", "passed").put("passRate", 100.0);
                    ((ObjectNode) json.get("summary")).put("passedRuns", 6).put("failedRuns", 0).put("passRate", 100.0)
                            .put("passed", 2).put("flaky", 0);
                }));
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok).outcome is failed but its runs (3 passed, 0 failed) make it "
                + "passed" + FIX, refusal(json -> ((ObjectNode) json.get("tests").get(1)).put("outcome", "failed")));
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok).passRate is 50.0 but its runs (3 passed, 0 failed) give "
                + "100.0" + FIX, refusal(json -> ((ObjectNode) json.get("tests").get(1)).put("passRate", 50.0)));
        assertEquals(prefix() + "summary.passRate is 100.0 but its runs (4 passed, 2 failed) give 66.67" + FIX,
                refusal(json -> ((ObjectNode) json.get("summary")).put("passRate", 100.0)));
        assertEquals(prefix() + "summary.passed is 2 but 1 of its tests are passed" + FIX,
                refusal(json -> ((ObjectNode) json.get("summary")).put("passed", 2).put("skipped", 0)));
        assertEquals(prefix() + "tests[2] (com.x.BTest#off).iterations[0] has no outcome" + FIX,
                refusal(json -> ((ObjectNode) json.get("tests").get(2).get("iterations").get(0)).remove("outcome")));
    }

    /** A recorded criterion outside the range of its property decided the verdict as if it were meant. */
    @Test
    void recordedCriteriaOutOfRangeAreRefusedNamingTheField() throws IOException {
        assertEquals(prefix() + "minPassRate is -20 but must be a percentage from 0 to 100" + FIX,
                refusal(json -> json.put("minPassRate", -20)));
        assertEquals(prefix() + "minPassRate is 500 but must be a percentage from 0 to 100" + FIX,
                refusal(json -> json.put("minPassRate", 500)));
        assertEquals(prefix() + "minTestPassRate is 100.5 but must be a percentage from 0 to 100" + FIX,
                refusal(json -> json.put("minTestPassRate", 100.5)));
        assertEquals(prefix() + "confidence is 5.0 but must be from 0.5 to 0.999" + FIX,
                refusal(json -> json.put("confidence", 5)));
        assertEquals(prefix() + "confidence is 0.3 but must be from 0.5 to 0.999" + FIX,
                refusal(json -> json.put("confidence", 0.3)));
        assertEquals(prefix() + "gate is 'sloppy' but must be one of observed, strict, lenient" + FIX,
                refusal(json -> json.put("gate", "sloppy")));
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok).minPassRate is 500 but must be a percentage from 0 to 100"
                + FIX, refusal(json -> ((ObjectNode) json.get("tests").get(1)).put("minPassRate", 500)
                        .put("thresholdFrom", "@MinPassRate")));
    }

    /** Negative usage, which the runtime never records, was summed and shown. */
    @Test
    void negativeUsageIsRefused() throws IOException {
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok).iterations[0].costUsd is -10 but must be a finite cost of 0 "
                + "or more" + FIX, refusal(json -> ((ObjectNode) json.get("tests").get(1).get("iterations").get(0))
                        .put("costUsd", -10.0)));
        assertEquals(prefix() + "tests[1] (com.x.BTest#ok).iterations[0].tokens is -5 but must be 0 or more" + FIX,
                refusal(json -> ((ObjectNode) json.get("tests").get(1).get("iterations").get(0)).put("tokens", -5)));
        assertEquals(prefix() + "summary.costUsd is -1 but must be a finite cost of 0 or more" + FIX,
                refusal(json -> ((ObjectNode) json.get("summary")).put("costUsd", -1.0)));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPlace() throws IOException {
        String message = refusal(json -> ((ObjectNode) json.get("tests").get(0)).put("failedRuns", "many"));

        assertEquals(prefix() + "tests[0].failedRuns is \"many\" but must be a whole number" + FIX, message);
        assertEquals(prefix() + "tests[0].iterations[1].durationMs is {\"x\":1} but must be a whole number" + FIX,
                refusal(json -> ((ObjectNode) json.at("/tests/0/iterations/1")).putObject("durationMs").put("x", 1)));
    }

    @Test
    void somethingThatIsNotJsonSaysWhere() throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "{\"schemaVersion\": 1,\n  \"tests\": [");

        String message = assertThrows(ResultsJson.UnusableException.class, () -> ResultsJson.read(file)).getMessage();

        assertEquals(true, message.startsWith(prefix() + "it is not JSON ("), message);
        assertEquals(true, message.endsWith(" at line 2)" + FIX), message);
    }
}
