package dev.aitest.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.model.TestKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the classification of the flaky tests of one kind ({@code aitest.classify}) found and cost, written beside the
 * iteration folders once it has ended ({@code classification/<kind>/classification.json}), so that every rebuild of
 * the results (aitest:report, a stopped run, a reactor's aggregate) shows the same findings.
 *
 * @param kind the kind of the tests classified
 * @param runs the runs made
 * @param maxRuns their bound ({@code aitest.classifyRuns})
 * @param durationMs how long they took
 * @param tests the findings, by test id
 */
public record ClassificationRecord(TestKind kind, int runs, int maxRuns, long durationMs,
        Map<String, FlakinessFinding> tests) {

    public ClassificationRecord {
        tests = tests == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tests));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes the record, whole or not at all. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
    }

    /** The record in {@code file}, or null when there is none (no classification ran). */
    public static ClassificationRecord read(Path file) throws IOException {
        return Files.isRegularFile(file) ? MAPPER.readValue(file.toFile(), ClassificationRecord.class) : null;
    }
}
