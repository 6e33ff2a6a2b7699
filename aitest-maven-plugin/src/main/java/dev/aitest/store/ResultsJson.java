package dev.aitest.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aitest.model.Results;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes and reads {@code results.json}. */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsJson() {
    }

    /** Writes {@code results} to {@code file}, replacing it only once the new content is complete. */
    public static void write(Results results, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        MAPPER.writeValue(partial.toFile(), results);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The JSON text of {@code results}. */
    public static String render(Results results) throws IOException {
        return MAPPER.writeValueAsString(results);
    }

    /** Reads a {@code results.json}; unknown fields written by newer versions are ignored. */
    public static Results read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Results.class);
    }
}
