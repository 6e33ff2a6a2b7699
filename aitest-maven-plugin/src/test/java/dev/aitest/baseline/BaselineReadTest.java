package dev.aitest.baseline;

import static dev.aitest.baseline.BaselineFixtures.results;
import static dev.aitest.baseline.BaselineFixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline that cannot be used is refused with a message naming the file, what is wrong and what to do. */
class BaselineReadTest {

    private static final String FIX = "; give aitest.baseline a results.json or a file written by aitest:baseline";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private Path file() {
        return dir.resolve("aitest-baseline.json");
    }

    private String prefix() {
        return file() + " is not a baseline aitest can use: ";
    }

    private String refusal(String content) throws IOException {
        Files.writeString(file(), content, StandardCharsets.UTF_8);
        return assertThrows(Baseline.UnusableException.class, () -> Baseline.read(file())).getMessage();
    }

    private static Results sample() {
        return results("2024-05-01T10:15:30Z", 5, List.of(
                test("com.example.ATest#a", "core", TestKind.TEST, "support", 5, 0, 0, 10),
                test("com.example.ATest#b", "core", TestKind.TEST, null, 3, 2, 0, 10),
                test("com.example.BTest#c", "core", TestKind.TEST, null, 1, 1, 3, 10)));
    }

    /** A baseline file of {@link #sample()} changed by {@code edit}, and the message reading it gives. */
    private String compactRefusal(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode json = (ObjectNode) mapper.readTree(BaselineFile.render(Baseline.of(sample(), "x")));
        edit.accept(json);
        return refusal(mapper.writeValueAsString(json));
    }

    /** A results.json of {@link #sample()} changed by {@code edit}, and the message reading it as a baseline gives. */
    private String resultsRefusal(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode json = (ObjectNode) mapper.readTree(ResultsJson.render(sample()));
        edit.accept(json);
        return refusal(mapper.writeValueAsString(json));
    }

    private static ObjectNode group(ObjectNode json, int index) {
        return (ObjectNode) json.get("classes").get(index);
    }

    @Test
    void aMissingFile() {
        Path missing = dir.resolve("nope.json");
        assertEquals(missing + " does not exist" + FIX,
                assertThrows(Baseline.UnusableException.class, () -> Baseline.read(missing)).getMessage());
    }

    @Test
    void aFolder() {
        assertEquals(dir + " is a folder" + FIX,
                assertThrows(Baseline.UnusableException.class, () -> Baseline.read(dir)).getMessage());
    }

    @Test
    void anEmptyFile() throws IOException {
        assertEquals(prefix() + "it is empty" + FIX, refusal(""));
        assertEquals(prefix() + "it is empty" + FIX, refusal("  \n"));
    }

    @Test
    void textThatIsNotJson() throws IOException {
        assertEquals(prefix() + "it is not JSON (Unrecognized token 'id': was expecting (JSON String, Number, Array, "
                + "Object or token 'null', 'true' or 'false') at line 1)" + FIX,
                refusal("id,passed\ncom.example.ATest#a,5\n"));
    }

    @Test
    void aTruncatedFile() throws IOException {
        String whole = BaselineFile.render(Baseline.of(sample(), "x"));
        assertEquals(prefix() + "it is not JSON (Unexpected end-of-input within/between Object entries at line 11)"
                + FIX, refusal(whole.substring(0, whole.indexOf("\"b\""))));
    }

    @Test
    void aTruncatedResultsJson() throws IOException {
        String whole = ResultsJson.render(sample());
        // the start says results.json; ResultsJson finds the end missing
        assertEquals(file() + " is not results aitest can use: it is not JSON (Unexpected end-of-input within/between Object "
                + "entries at line 107); run aitest:test again to write it anew",
                refusal(whole.substring(0, whole.length() / 2)));
    }

    @Test
    void jsonThatIsNotAnObject() throws IOException {
        assertEquals(prefix() + "it is not a JSON object" + FIX, refusal("[1, 2]"));
    }

    @Test
    void anObjectThatIsNeitherBaselineNorResults() throws IOException {
        assertEquals(prefix() + "it has neither \"format\": \"aitest-baseline\" (a file written by aitest:baseline) "
                + "nor a schemaVersion (a results.json)" + FIX, refusal("{\"tests\": []}"));
    }

    @Test
    void anotherFormat() throws IOException {
        assertEquals(prefix() + "format is \"junit\" but must be \"aitest-baseline\"" + FIX,
                compactRefusal(json -> json.put("format", "junit")));
    }

    @Test
    void aNewerFormatVersion() throws IOException {
        assertEquals(file() + " is a baseline file of format version 2, and this aitest reads version 1 only; compare "
                + "with the newer aitest that wrote it, or write the baseline anew with this aitest's aitest:baseline",
                compactRefusal(json -> json.put("version", 2)));
    }

    @Test
    void aVersionThatIsNoVersion() throws IOException {
        assertEquals(prefix() + "version is \"one\" but must be 1" + FIX,
                compactRefusal(json -> json.put("version", "one")));
        assertEquals(prefix() + "version is missing but must be 1" + FIX,
                compactRefusal(json -> json.remove("version")));
        assertEquals(prefix() + "version is 0 but must be 1" + FIX, compactRefusal(json -> json.put("version", 0)));
    }

    @Test
    void iterationsThatAreNoCount() throws IOException {
        assertEquals(prefix() + "iterations is -1 but must be a whole number of 0 or more" + FIX,
                compactRefusal(json -> json.put("iterations", -1)));
        assertEquals(prefix() + "iterations is missing but must be a whole number of 0 or more" + FIX,
                compactRefusal(json -> json.remove("iterations")));
    }

    @Test
    void aSummaryOrProjectOfTheWrongShape() throws IOException {
        assertEquals(prefix() + "summary is [] but must be an object" + FIX,
                compactRefusal(json -> json.putArray("summary")));
        assertEquals(prefix() + "summary.tests is \"many\" but must be a whole number" + FIX,
                compactRefusal(json -> ((ObjectNode) json.get("summary")).put("tests", "many")));
        assertEquals(prefix() + "project is \"demo\" but must be an object" + FIX,
                compactRefusal(json -> json.put("project", "demo")));
    }

    @Test
    void classesThatAreNoList() throws IOException {
        assertEquals(prefix() + "classes is missing but must be a list" + FIX,
                compactRefusal(json -> json.remove("classes")));
        assertEquals(prefix() + "classes[1] is \"x\" but must be an object" + FIX,
                compactRefusal(json -> ((ArrayNode) json.get("classes")).set(1, "x")));
    }

    @Test
    void aGroupWithoutClassOrTestsOrWithAnUnknownKind() throws IOException {
        assertEquals(prefix() + "classes[0].class is missing but must be text" + FIX,
                compactRefusal(json -> group(json, 0).remove("class")));
        assertEquals(prefix() + "classes[0].module is 3 but must be text or absent" + FIX,
                compactRefusal(json -> group(json, 0).put("module", 3)));
        assertEquals(prefix() + "classes[1].kind is \"unit\" but must be \"integration-test\", \"test\" or absent"
                + FIX, compactRefusal(json -> group(json, 1).put("kind", "unit")));
        assertEquals(prefix() + "classes[1].tests is [] but must be an object" + FIX,
                compactRefusal(json -> group(json, 1).putArray("tests")));
    }

    @Test
    void countsOfTheWrongShape() throws IOException {
        String shape = " but must be [passedRuns, countedRuns] or [passedRuns, countedRuns, \"agent\"], whole numbers "
                + "with 0 <= passedRuns <= countedRuns";
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is [6,5]" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putArray("b").add(6).add(5)));
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is [-1,5]" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putArray("b").add(-1).add(5)));
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is [5]" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putArray("b").add(5)));
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is [2.5,5]" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putArray("b").add(2.5).add(5)));
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is [3,5,7]" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putArray("b").add(3).add(5).add(7)));
        assertEquals(prefix() + "com.example.ATest#b in classes[0] is {\"passedRuns\":3}" + shape + FIX,
                compactRefusal(json -> ((ObjectNode) group(json, 0).get("tests")).putObject("b").put("passedRuns", 3)));
    }

    @Test
    void aTestListedTwice() throws IOException {
        assertEquals(prefix() + "com.example.ATest#a of module core is listed twice (in classes[0] and classes[2])"
                + FIX, compactRefusal(json -> ((ArrayNode) json.get("classes")).add(group(json, 0).deepCopy())));
        // twice in one object: the parser refuses it
        String whole = BaselineFile.render(Baseline.of(sample(), "x"));
        assertEquals(prefix() + "it has a field twice (Duplicate field 'b' at line 12)" + FIX,
                refusal(whole.replace("\"b\": [3, 5]", "\"b\": [3, 5],\n      \"b\": [3, 5]")));
    }

    @Test
    void aResultsJsonOfANewerSchema() throws IOException {
        assertEquals(file() + " is a results.json written by aitest 0.3.0 in schema version 2, and this aitest reads "
                + "schema version 1 only; compare with aitest 0.3.0 or newer, or give aitest.baseline a results.json "
                + "or a baseline file written by this aitest",
                resultsRefusal(json -> json.put("schemaVersion", 2).put("aitestVersion", "0.3.0")));
        assertEquals(file() + " is a results.json written by a newer aitest in schema version 7, and this aitest "
                + "reads schema version 1 only; compare with a newer aitest, or give aitest.baseline a "
                + "results.json or a baseline file written by this aitest",
                resultsRefusal(json -> json.put("schemaVersion", 7)));
    }

    @Test
    void aDamagedResultsJsonIsRefusedAsResultsJsonRefusesIt() throws IOException {
        assertEquals(file() + " is not results aitest can use: tests[1] (com.example.ATest#b) counts 4 passed, 2 "
                + "failed and 0 skipped runs (passedRuns, failedRuns, skippedRuns) but its iterations list 3, 2 and 0; "
                + "run aitest:test again to write it anew",
                resultsRefusal(json -> ((ObjectNode) json.get("tests").get(1)).put("passedRuns", 4)));
        assertEquals(file() + " is not results aitest can use: schemaVersion is \"1\": it was not written by aitest; "
                + "run aitest:test again to write it anew", resultsRefusal(json -> json.put("schemaVersion", "1")));
        assertEquals(file() + " is not results aitest can use: schemaVersion is 99999999999: it was not written by "
                + "aitest; run aitest:test again to write it anew",
                resultsRefusal(json -> json.put("schemaVersion", 99_999_999_999L)));
    }

    /** An incomplete results.json was compared with silently, while aitest:baseline refuses to write one of it. */
    @Test
    void theResultsOfARunThatDidNotEndAreNoBaseline() throws IOException {
        assertEquals(file() + " is the results.json of a run that did not end (1 of 5 iterations finished), and a "
                + "baseline is a complete run; give aitest.baseline a results.json or a file written by aitest:baseline "
                + "of a complete run", resultsRefusal(json -> json.put("complete", false).put("iterations", 5)
                        .set("finishedIterations", mapper.createArrayNode().add(1))));
    }

    @Test
    void aResultsJsonListingATestTwice() throws IOException {
        assertEquals(prefix() + "com.example.ATest#a of module core is listed twice (tests[0] and tests[3])" + FIX,
                resultsRefusal(json -> {
                    ArrayNode tests = (ArrayNode) json.get("tests");
                    tests.add(tests.get(0).deepCopy());
                    ObjectNode summary = (ObjectNode) json.get("summary");
                    summary.put("tests", 4).put("passed", 2).put("runs", 20).put("passedRuns", 14)
                            .put("passRate", 82.35);
                }));
    }
}
