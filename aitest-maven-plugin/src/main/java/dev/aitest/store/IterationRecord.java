package dev.aitest.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What aitest writes into an iteration's folder when the iteration has ended: the proof that it finished, and what
 * its Surefire XML does not say (how long it took, how it ended). With the XML and the sidecars next to it, it is
 * everything needed to rebuild the results of a run that was stopped.
 *
 * @param iteration 1-based index
 * @param kind the kind of tests it ran
 * @param durationMs its wall time
 * @param crash why its run ended abnormally, else null
 * @param refused true when the runner refused to run the tests
 * @param timedOut true when the crash is the project's fork timeout
 * @param forkTimeoutSeconds that timeout, in seconds (0 when unknown or not timed out)
 * @param adaptive in an adaptive run, which tests it ran and what settled after it; else null
 * @param seed the seed of its test order ({@code aitest.order=random}); else null
 */
@JsonPropertyOrder({"iteration", "kind", "durationMs", "crash", "refused", "timedOut", "forkTimeoutSeconds",
    "adaptive", "seed"})
public record IterationRecord(int iteration, TestKind kind, long durationMs, String crash, boolean refused,
        boolean timedOut, int forkTimeoutSeconds, @JsonInclude(JsonInclude.Include.NON_NULL) Adaptive adaptive,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long seed) {

    /** The record of an iteration of a fixed run in the project's own order. */
    public IterationRecord(int iteration, TestKind kind, long durationMs, String crash, boolean refused,
            boolean timedOut, int forkTimeoutSeconds) {
        this(iteration, kind, durationMs, crash, refused, timedOut, forkTimeoutSeconds, null, null);
    }

    /**
     * An iteration of an adaptive run ({@code aitest.adaptive}): what it ran and what was decided after it, so that
     * every merge of the iteration folders (the run's own, aitest:report's, a reactor's) reads the same decisions.
     *
     * @param minIterations {@code aitest.minIterations}
     * @param maxIterations {@code aitest.iterations}
     * @param tests the test filter it ran with (Surefire's {@code test} value); null when it ran every test
     * @param settled the tests that settled after it, by id, with how; written once it was taken, in index order
     * @param overall how the overall rate settled after it; null when it did not then
     */
    @JsonPropertyOrder({"minIterations", "maxIterations", "tests", "settled", "overall"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Adaptive(int minIterations, int maxIterations, String tests, Map<String, SettledBy> settled,
            SettledBy overall) {

        public Adaptive {
            settled = settled == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settled));
        }
    }

    /** This record with {@code value} as what the adaptive run did in and after it. */
    public IterationRecord withAdaptive(Adaptive value) {
        return new IterationRecord(iteration, kind, durationMs, crash, refused, timedOut, forkTimeoutSeconds, value,
                seed);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes the record, whole or not at all. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
    }

    /** The record in {@code file}, or null when there is none (the iteration did not finish). */
    public static IterationRecord read(Path file) throws IOException {
        return Files.isRegularFile(file) ? MAPPER.readValue(file.toFile(), IterationRecord.class) : null;
    }
}
