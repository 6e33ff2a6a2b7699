package dev.aitest.store;

import dev.aitest.gate.GateMode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunCounts;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes and reads {@code results.json}. Writing is atomic. Reading checks the file before anything is done with
 * it: a file that is not aitest's, of a newer schema, incomplete or whose counts contradict each other is refused
 * with a message that names the file, the field, what was found and what was expected.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule("aitest-runs").addSerializer(Run.class, new RunWriter()));

    private static final String FIX = "; run aitest:test again to write it anew";

    /** The range of aitest.confidence (as {@code stats.Confidence} holds it). */
    private static final double MIN_CONFIDENCE = 0.5;
    private static final double MAX_CONFIDENCE = 0.999;

    /** The gates aitest.gate names (as {@code gate.GateMode} names them). */
    private static final List<String> GATES = List.of("observed", "strict", "lenient");

    private ResultsJson() {
    }

    /** A results.json that cannot be used; the message says why and what to do. */
    public static final class UnusableException extends IOException {

        private static final long serialVersionUID = 1L;

        UnusableException(String message) {
            super(message);
        }
    }

    /**
     * Writes {@code results} to {@code file} as UTF-8, replacing it only once the new content is complete. Jackson
     * writes the bytes itself: no character encoder stands between it and the file.
     */
    public static void write(Results results, Path file) throws IOException {
        AtomicFiles.writeBytes(file, out -> MAPPER.writeValue(out, results));
    }

    /** The JSON text of {@code results}. */
    public static String render(Results results) throws IOException {
        return MAPPER.writeValueAsString(results);
    }

    /**
     * Reads a {@code results.json}; fields written by newer versions of the same schema are ignored.
     *
     * @throws UnusableException when the file is not results aitest can use, saying why
     */
    public static Results read(Path file) throws IOException {
        checkFile(file);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw unusable(file, JsonProblems.notJson(e));
        }
        return read(file, tree, false);
    }

    /**
     * Reads a {@code results.json} without its tests (their list is streamed past, not held), for what needs only the
     * run's settings and totals: which iterations it holds, its project, its criteria. Checked as {@link #read} checks,
     * the tests' own counts aside.
     *
     * @throws UnusableException when the file is not results aitest can use, saying why
     */
    public static Results readHeader(Path file) throws IOException {
        checkFile(file);
        ObjectNode header = MAPPER.createObjectNode();
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unusable(file, "it is not a JSON object");
            }
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals("tests") && value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    header.putArray("tests");
                } else {
                    header.set(field, MAPPER.readTree(parser));
                }
            }
            if (parser.nextToken() != null) {
                throw unusable(file, "it holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw unusable(file, JsonProblems.notJson(e));
        }
        return read(file, header, true);
    }

    /** Refuses a folder (or anything else that is not a file) where results.json should be, saying so. */
    private static void checkFile(Path file) throws UnusableException {
        if (Files.isDirectory(file)) {
            throw new UnusableException(file + " is a folder, not the results file aitest writes; move the folder "
                    + "away and run aitest:test again to write it anew");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnusableException(file + " is not a regular file, not the results file aitest writes; move it "
                    + "away and run aitest:test again to write it anew");
        }
    }

    private static Results read(Path file, JsonNode tree, boolean header) throws IOException {
        if (tree == null || !tree.isObject()) {
            throw unusable(file, "it is not a JSON object");
        }
        checkVersion(file, tree);
        for (String field : List.of("iterations", "minPassRate")) {
            if (!tree.path(field).isNumber()) {
                throw unusable(file, field + " is " + JsonProblems.shown(tree.get(field)) + " but must be a number");
            }
        }
        for (String field : List.of("summary", "environment")) {
            if (!tree.path(field).isObject()) {
                throw unusable(file, field + " is " + JsonProblems.shown(tree.get(field)) + " but must be an object");
            }
        }
        for (String field : List.of("tests", "iterationSummaries")) {
            if (!tree.path(field).isArray()) {
                throw unusable(file, field + " is " + JsonProblems.shown(tree.get(field)) + " but must be a list");
            }
        }
        Results results;
        try {
            results = MAPPER.treeToValue(tree, Results.class);
        } catch (JsonMappingException e) {
            throw unusable(file, JsonProblems.wrongValue(e, tree));
        }
        checkCriteria(file, results);
        checkCounts(file, results, header);
        return results;
    }

    /**
     * The criteria the file records, held to the ranges the properties are held to: a minPassRate of -20 or 500, a
     * confidence of 5 or an unknown gate would decide the verdict (or make it fail) as if they were meant.
     */
    private static void checkCriteria(Path file, Results results) throws UnusableException {
        checkPercent(file, "minPassRate", results.criteria().minPassRate());
        if (results.criteria().minTestPassRate() != null) {
            checkPercent(file, "minTestPassRate", results.criteria().minTestPassRate());
        }
        if (results.criteria().confidence() != null && !(results.criteria().confidence() >= MIN_CONFIDENCE
                && results.criteria().confidence() <= MAX_CONFIDENCE)) {
            throw unusable(file, "confidence is " + results.criteria().confidence() + " but must be from " + MIN_CONFIDENCE
                    + " to " + MAX_CONFIDENCE);
        }
        if (results.criteria().gate() != null && !GATES.contains(results.criteria().gate().trim().toLowerCase(java.util.Locale.ROOT))) {
            throw unusable(file, "gate is '" + results.criteria().gate() + "' but must be one of " + String.join(", ", GATES));
        }
        for (int i = 0; i < results.modules().size(); i++) {
            ModuleTotals module = results.modules().get(i);
            if (module != null) {
                checkPercent(file, "modules[" + i + "] (" + module.module() + ").minPassRate", module.minPassRate());
            }
        }
    }

    private static void checkPercent(Path file, String field, double value) throws UnusableException {
        if (!(value >= 0 && value <= 100)) {
            throw unusable(file, field + " is " + plain(value) + " but must be a percentage from 0 to 100");
        }
    }

    /** A recorded count of tokens or a cost, held to the rules the runtime records them by: 0 or more, finite. */
    private static void checkUsage(Path file, String field, Long tokens, Double cost) throws UnusableException {
        if (tokens != null && tokens < 0) {
            throw unusable(file, field + ".tokens is " + tokens + " but must be 0 or more");
        }
        if (cost != null && !(cost >= 0 && Double.isFinite(cost))) {
            throw unusable(file, field + ".costUsd is " + plain(cost) + " but must be a finite cost of 0 or more");
        }
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private static void checkVersion(Path file, JsonNode tree) throws UnusableException {
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw unusable(file, "schemaVersion is " + JsonProblems.shown(version) + ": it was not written by aitest");
        }
        if (version.intValue() > Results.SCHEMA_VERSION) {
            JsonNode writer = tree.get("aitestVersion");
            String by = writer == null || !writer.isTextual() ? "a newer aitest" : "aitest " + writer.asText();
            throw new UnusableException(file + " was written by " + by + " in schema version " + version.intValue()
                    + ", and this aitest reads schema version " + Results.SCHEMA_VERSION + " only; use " + by
                    + " or newer to read it, or run aitest:test again to write it anew");
        }
        if (version.intValue() < 1) {
            throw unusable(file, "schemaVersion is " + version + " but must be " + Results.SCHEMA_VERSION);
        }
    }

    /** Counts that must agree: the totals with themselves and with the tests, each test with its runs. */
    private static void checkCounts(Path file, Results results, boolean header) throws UnusableException {
        Totals s = results.totals();
        if (s.counts().passedRuns() < 0 || s.counts().failedRuns() < 0 || s.counts().skippedRuns() < 0
                || s.counts().excluded() < 0 || s.counts().allRuns() != s.runs()) {
            throw unusable(file, "summary.runs is " + s.runs() + " but summary.passedRuns, failedRuns, skippedRuns and "
                    + "excludedRuns are " + s.counts().passedRuns() + ", " + s.counts().failedRuns() + ", "
                    + s.counts().skippedRuns() + " and " + s.counts().excluded()
                    + "; they must be 0 or more and add up to it");
        }
        if (header) {
            return;
        }
        if (s.outcomes().tests() != results.tests().size() || s.outcomes().passed() + s.outcomes().failed() + s.outcomes().flaky() + s.outcomes().skipped() != s.outcomes().tests()) {
            throw unusable(file, "summary.tests is " + s.outcomes().tests() + " but tests lists " + results.tests().size()
                    + " and summary.passed, failed, flaky and skipped add up to "
                    + (s.outcomes().passed() + s.outcomes().failed() + s.outcomes().flaky() + s.outcomes().skipped()));
        }
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        int[] outcomes = new int[TestOutcome.values().length];
        for (int i = 0; i < results.tests().size(); i++) {
            TestResult test = results.tests().get(i);
            if (test == null || test.iterations() == null) {
                throw unusable(file, "tests[" + i + "] has no iterations");
            }
            checkTest(file, "tests[" + i + "] (" + test.id() + ")", test);
            outcomes[test.outcome().ordinal()]++;
            // an adaptive run's summary counts the iterations in which every test ran
            RunCounts counted = results.adaptive() == null ? test.counts()
                    : test.countsUpTo(results.adaptive().window(test.identity()));
            passed += counted.passedRuns();
            failed += counted.failedRuns();
            skipped += counted.skippedRuns();
        }
        if (passed != s.counts().passedRuns() || failed != s.counts().failedRuns() || skipped != s.counts().skippedRuns()) {
            throw unusable(file, "summary counts " + s.counts().passedRuns() + " passed, " + s.counts().failedRuns() + " failed and "
                    + s.counts().skippedRuns() + " skipped runs but its tests " + passed + ", " + failed + " and " + skipped
                    + (results.adaptive() == null ? "" : " in the iterations adaptive.overall names"));
        }
        for (TestOutcome outcome : TestOutcome.values()) {
            int summed = switch (outcome) {
                case PASSED -> s.outcomes().passed();
                case FAILED -> s.outcomes().failed();
                case FLAKY -> s.outcomes().flaky();
                case SKIPPED -> s.outcomes().skipped();
            };
            if (summed != outcomes[outcome.ordinal()]) {
                throw unusable(file, "summary." + outcome.json() + " is " + summed + " but "
                        + outcomes[outcome.ordinal()] + " of its tests are " + outcome.json());
            }
        }
        if (!java.util.Objects.equals(s.statistics().passRate(), Rates.passRate(s.counts().passedRuns(), s.counts().failedRuns()))) {
            throw unusable(file, "summary.passRate is " + s.statistics().passRate() + " but its runs (" + s.counts().passedRuns()
                    + " passed, " + s.counts().failedRuns() + " failed) give " + Rates.passRate(s.counts().passedRuns(), s.counts().failedRuns()));
        }
        checkUsage(file, "summary", s.usage().tokens(), s.usage().costUsd());
    }

    /**
     * One test against its per-run entries, the ground truth of every figure: its counts, outcome and pass rate are
     * what its runs say, its threshold is a percentage, and what its runs recorded is what the runtime can record.
     * (Statistics derived from the counts, such as the interval and meetsThreshold, are computed anew whenever
     * results are judged, so an edited one decides nothing.)
     */
    private static void checkTest(Path file, String field, TestResult test) throws UnusableException {
        int[] byRuns = new int[RunOutcome.values().length];
        for (int r = 0; r < test.iterations().size(); r++) {
            Run run = test.iterations().get(r);
            if (run == null || run.outcome() == null) {
                throw unusable(file, field + ".iterations[" + r + "] has no outcome");
            }
            if (run.origin().leftOut() && (!run.origin().fromProvider() || !run.outcome().isFailure())) {
                throw unusable(file, field + ".iterations[" + r + "] is excluded but only a failed run whose cause "
                        + "is provider can be");
            }
            if (!run.origin().leftOut()) {
                byRuns[run.outcome().ordinal()]++;
            }
            checkUsage(file, field + ".iterations[" + r + "]", run.usage().tokens(), run.usage().costUsd());
            for (Long tokens : java.util.Arrays.asList(run.usage().inputTokens(), run.usage().outputTokens())) {
                if (tokens != null && tokens < 0) {
                    throw unusable(file, field + ".iterations[" + r + "] holds " + tokens + " tokens but must hold "
                            + "0 or more");
                }
            }
        }
        int runsPassed = byRuns[RunOutcome.PASSED.ordinal()];
        int runsFailed = byRuns[RunOutcome.FAILED.ordinal()] + byRuns[RunOutcome.ERROR.ordinal()];
        int runsSkipped = byRuns[RunOutcome.SKIPPED.ordinal()];
        if (test.counts().passedRuns() != runsPassed || test.counts().failedRuns() != runsFailed || test.counts().skippedRuns() != runsSkipped) {
            throw unusable(file, field + " counts " + test.counts().passedRuns() + " passed, " + test.counts().failedRuns()
                    + " failed and " + test.counts().skippedRuns() + " skipped runs (passedRuns, failedRuns, skippedRuns) but "
                    + "its iterations list " + runsPassed + ", " + runsFailed + " and " + runsSkipped);
        }
        TestOutcome outcome = TestOutcome.of(runsPassed, runsFailed);
        if (test.outcome() != outcome) {
            throw unusable(file, field + ".outcome is " + (test.outcome() == null ? "missing" : test.outcome().json())
                    + " but its runs (" + runsPassed + " passed, " + runsFailed + " failed) make it " + outcome.json());
        }
        Double rate = Rates.passRate(runsPassed, runsFailed);
        if (!java.util.Objects.equals(test.statistics().passRate(), rate)) {
            throw unusable(file, field + ".passRate is " + test.statistics().passRate() + " but its runs (" + runsPassed
                    + " passed, " + runsFailed + " failed) give " + rate);
        }
        if (test.statistics().minPassRate() != null) {
            checkPercent(file, field + ".minPassRate", test.statistics().minPassRate());
        }
        checkUsage(file, field, test.usage().tokens(), test.usage().costUsd());
    }

    private static UnusableException unusable(Path file, String why) {
        return new UnusableException(file + " is not results aitest can use: " + why + FIX);
    }
}
