package dev.aitest.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aitest.store.AtomicFiles;
import dev.aitest.model.AiSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Summaries already paid for, by the hash of their input, model and prompt: {@code ai-summary-cache.json} next to
 * results.json (a new run removes only the iteration folders, so it survives; {@code mvn clean} empties it). It
 * holds what results.json holds of a summary and nothing else: no key, no input.
 */
public final class SummaryCache {

    /** Summaries kept, the most recent first. */
    public static final int MAX_ENTRIES = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's format. */
    record Content(int version, List<AiSummary> summaries) {
    }

    private final Path file;

    /** The cache kept in {@code file}. */
    public SummaryCache(Path file) {
        this.file = file;
    }

    /** The stored summary for {@code key}, or null; an unreadable file counts as empty. */
    public AiSummary find(String key) {
        for (AiSummary summary : read()) {
            if (key.equals(summary.inputHash()) && summary.ok()) {
                return summary;
            }
        }
        return null;
    }

    /** Stores {@code summary} first, dropping an older one with the same key and the oldest beyond the limit. */
    public void store(AiSummary summary) throws IOException {
        List<AiSummary> kept = new ArrayList<>();
        kept.add(summary);
        for (AiSummary old : read()) {
            if (kept.size() < MAX_ENTRIES && !old.inputHash().equals(summary.inputHash())) {
                kept.add(old);
            }
        }
        AtomicFiles.writeBytes(file, out -> MAPPER.writeValue(out, new Content(1, kept)));
    }

    private List<AiSummary> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Content content = MAPPER.readValue(file.toFile(), Content.class);
            return content.summaries() == null ? List.of()
                    : content.summaries().stream().filter(s -> s != null && s.inputHash() != null).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
