package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and checks sidecar files the way the plugin would. */
final class SidecarFiles {

    static final Pattern FILE_NAME = Pattern.compile("records-(\\d+)-[0-9a-f]{8}\\.jsonl");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private SidecarFiles() {
    }

    /** The sidecar files in {@code dir}, sorted by name. */
    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All lines of all sidecar files in {@code dir}, without their {@code \n}; checks that every line is complete
     * (the file ends with {@code \n}) and not empty.
     */
    static List<String> lines(Path dir) {
        List<String> lines = new ArrayList<>();
        for (Path file : files(dir)) {
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.isEmpty()) {
                continue;
            }
            assertTrue(text.endsWith("\n"), "the last line of " + file + " is complete");
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                assertFalse(line.isEmpty(), "no empty line in " + file);
                lines.add(line);
            }
        }
        return lines;
    }

    /** Parses one line strictly (one JSON object, nothing after it), keeping the key order. */
    static Map<String, Object> parse(String line) {
        try (JsonParser parser = MAPPER.createParser(line)) {
            Map<String, Object> map = MAPPER.readValue(parser, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            return map;
        } catch (IOException e) {
            throw new AssertionError("not one JSON object: " + line, e);
        }
    }

    /** Every line of {@code dir}, parsed. */
    static List<Map<String, Object>> records(Path dir) {
        return lines(dir).stream().map(SidecarFiles::parse).collect(Collectors.toList());
    }
}
