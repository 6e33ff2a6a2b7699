package dev.aitest.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import dev.aitest.store.JsonProblems;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline as read: the pass counts of every test of an earlier run, to compare a run with. It is read from a
 * results.json or from the compact file {@code aitest:baseline} writes ({@link BaselineFile}).
 *
 * @param path the file it was read from, as given; for one built in memory, what the caller named it
 * @param startedAt when its run started (ISO-8601); null when read from a compact file, which keeps no timestamp
 * @param iterations the iterations its run was asked for
 * @param project the project whose tests ran; null when unknown
 * @param counts its run's totals, counts only ({@code summary} in the file); informational: the comparison uses {@code tests}
 * @param tests every test of its run
 */
public record Baseline(String path, String startedAt, int iterations, ProjectInfo project, Counts counts,
        List<Entry> tests) {

    public Baseline {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /**
     * One test of a baseline.
     *
     * @param id {@code className#name}
     * @param module the module whose build ran it, in a reactor aggregate; else null
     * @param kind which plugin ran it; never null
     * @param agent the agent of its runs when every run named the same one; else null
     * @param passedRuns runs that passed
     * @param countedRuns runs that passed or failed
     */
    public record Entry(String id, String module, TestKind kind, String agent, int passedRuns, int countedRuns) {

        public Entry {
            kind = kind == null ? TestKind.TEST : kind;
        }

        /** The entry of {@code test}. */
        public static Entry of(TestResult test) {
            // by groupId:artifactId when recorded: two modules of a reactor may share an artifactId
            return new Entry(test.id(), test.identity().moduleKey(), test.identity().kind(), test.usage().agent(), test.counts().passedRuns(),
                    test.countedRuns());
        }

        /** Its identity, as {@link TestResult#key()}: module, kind and id. */
        public String key() {
            return TestResult.key(module, kind, id);
        }

        /** How messages name it: its id, with its module and kind when it has them. */
        public String describe() {
            return id + (module == null ? "" : " of module " + module)
                    + (kind == TestKind.TEST ? "" : " (" + kind.json() + ")");
        }
    }

    /**
     * The counts of a run's totals, without durations, usage or statistics.
     *
     * @param tests distinct tests
     * @param passed tests whose outcome is passed
     * @param failed tests whose outcome is failed
     * @param flaky tests whose outcome is flaky
     * @param skipped tests whose outcome is skipped
     * @param runs all runs, skipped ones included
     * @param passedRuns runs that passed
     * @param failedRuns runs that failed or erred
     * @param skippedRuns runs that were skipped
     * @param passRate passedRuns / (passedRuns + failedRuns) x 100, two decimals; null when no run counted
     */
    public record Counts(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
            int failedRuns, int skippedRuns, Double passRate) {

        /** The counts of {@code totals}. */
        public static Counts of(Totals totals) {
            return new Counts(totals.outcomes().tests(), totals.outcomes().passed(), totals.outcomes().failed(), totals.outcomes().flaky(), totals.outcomes().skipped(),
                    totals.runs(), totals.counts().passedRuns(), totals.counts().failedRuns(), totals.counts().skippedRuns(), totals.statistics().passRate());
        }
    }

    /** A file that cannot be used as a baseline; the message names the file, what is wrong and what to do. */
    public static final class UnusableException extends IOException {

        private static final long serialVersionUID = 1L;

        /** What is wrong with the file, without the advice: for messages about files that are no baseline. */
        private final String reason;

        UnusableException(String message) {
            this(message, (String) null);
        }

        UnusableException(String message, String reason) {
            super(message);
            this.reason = reason;
        }

        /** What is wrong with the file, in words; the whole message when nothing more precise is known. */
        public String reason() {
            return reason != null ? reason : getMessage();
        }

        UnusableException(String message, Throwable cause) {
            super(message, cause);
            this.reason = null;
        }
    }

    /** What every message about a file that is no baseline ends with. */
    static final String FIX = "give aitest.baseline a results.json or a file written by aitest:baseline";

    private static final JsonFactory JSON = new JsonFactory();

    /** The baseline of {@code results}, named {@code sourcePath}. */
    public static Baseline of(Results results, String sourcePath) {
        return new Baseline(sourcePath, results.run().startedAt(), results.run().iterations(), results.run().project(),
                results.totals() == null ? null : Counts.of(results.totals()),
                results.tests().stream().map(Entry::of).toList());
    }

    /**
     * Reads a baseline: a results.json (its first field of {@code format} and {@code schemaVersion} is
     * {@code schemaVersion}), read and checked as {@link ResultsJson#read} does, or a file written by
     * {@code aitest:baseline} ({@code "format": "aitest-baseline"}).
     *
     * @throws UnusableException when the file is missing, a folder, unreadable, not JSON, of another format or
     *     version, or damaged; the message names the file, what is wrong and what to do
     */
    public static Baseline read(Path file) throws UnusableException {
        if (Files.isDirectory(file)) {
            throw new UnusableException(file + " is a folder; " + FIX);
        }
        if (!Files.exists(file)) {
            throw new UnusableException(file + " does not exist; " + FIX);
        }
        Kind kind = kindOf(file);
        if (kind == Kind.COMPACT) {
            return BaselineFile.read(file);
        }
        Results results;
        try {
            results = ResultsJson.read(file);
        } catch (ResultsJson.UnusableException e) {
            throw new UnusableException(e.getMessage(), e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (!results.progress().runComplete()) {
            // aitest:baseline refuses to write one of such a run: its counts are of the iterations that happened to end
            throw new UnusableException(file + " is the results.json of a run that did not end ("
                    + results.progress().finishedIterations().size() + " of " + results.run().iterations() + " iterations finished), "
                    + "and a baseline is a complete run; " + FIX + " of a complete run");
        }
        Baseline baseline = of(results, file.toString());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < baseline.tests().size(); i++) {
            Entry entry = baseline.tests().get(i);
            Integer earlier = seen.putIfAbsent(entry.key(), i);
            if (earlier != null) {
                throw unusable(file, entry.describe() + " is listed twice (tests[" + earlier + "] and tests[" + i
                        + "])");
            }
        }
        return baseline;
    }

    private enum Kind { RESULTS, COMPACT }

    /**
     * Which of the two files it is, from its top-level fields up to the first of {@code format} and
     * {@code schemaVersion}; the rest is skipped unread. A results.json of a newer schema is refused here.
     */
    private static Kind kindOf(Path file) throws UnusableException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw unusable(file, "it is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw unusable(file, "it is not a JSON object");
            }
            Integer schemaVersion = null;
            String writer = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(field) && schemaVersion == null) {
                    return Kind.COMPACT;
                }
                if ("schemaVersion".equals(field)) {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                            || parser.getIntValue() <= Results.SCHEMA_VERSION) {
                        // ResultsJson says what is wrong with a schemaVersion that is no version
                        return Kind.RESULTS;
                    }
                    schemaVersion = parser.getIntValue();
                } else if ("aitestVersion".equals(field) && value == JsonToken.VALUE_STRING) {
                    writer = parser.getText();
                }
                parser.skipChildren();
            }
            if (schemaVersion != null) {
                String by = writer == null ? "a newer aitest" : "aitest " + writer;
                throw new UnusableException(file + " is a results.json written by " + by + " in schema version "
                        + schemaVersion + ", and this aitest reads schema version " + Results.SCHEMA_VERSION
                        + " only; compare with " + (writer == null ? by : by + " or newer")
                        + ", or give aitest.baseline a results.json or a baseline file written by this aitest");
            }
            throw unusable(file, "it has neither \"format\": \"" + BaselineFile.FORMAT
                    + "\" (a file written by aitest:baseline) nor a schemaVersion (a results.json)");
        } catch (UnusableException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw unusable(file, JsonProblems.notJson(e));
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** "{file} is not a baseline aitest can use: {why}; {fix}". */
    public static UnusableException unusable(Path file, String why) {
        return new UnusableException(file + " is not a baseline aitest can use: " + why + "; " + FIX, why);
    }

    static UnusableException cannotRead(Path file, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UnusableException(file + " cannot be read (" + why + "); " + FIX, e);
    }
}
