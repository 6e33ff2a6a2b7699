package dev.aitest.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in prompt, which {@code aitest.analysisPrompt} replaces. */
public final class Prompts {

    /** The name recorded for the built-in prompt. */
    public static final String BUILT_IN_NAME = "built-in";
    /** The built-in system prompt. */
    public static final String BUILT_IN = load();

    private Prompts() {
    }

    private static String load() {
        try (InputStream in = Prompts.class.getResourceAsStream("prompt.md")) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks dev/aitest/ai/prompt.md");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
