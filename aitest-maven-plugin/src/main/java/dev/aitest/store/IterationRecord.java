package dev.aitest.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aitest.model.TestKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 */
@JsonPropertyOrder({"iteration", "kind", "durationMs", "crash", "refused", "timedOut", "forkTimeoutSeconds"})
public record IterationRecord(int iteration, TestKind kind, long durationMs, String crash, boolean refused,
        boolean timedOut, int forkTimeoutSeconds) {

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
