package dev.aitest.ai;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API key, held so that it cannot slip into a log, a file or an exception message by accident:
 * {@link #toString()} never shows it. Only the HTTP client reads {@link #reveal()}.
 */
public final class ApiKey {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String value;
    private final String source;

    private ApiKey(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /**
     * A key and where it came from.
     *
     * @param value the key
     * @param source where it came from, for messages: "the environment variable OPENAI_API_KEY"
     */
    public static ApiKey of(String value, String source) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an API key cannot be blank");
        }
        return new ApiKey(value.strip(), source);
    }

    /** The key in the environment variable {@code name}, or null when it is unset or blank. */
    public static ApiKey fromEnvironment(String name, Map<String, String> environment) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : of(value, "the environment variable " + name);
    }

    /** True when {@code name} can be the name of an environment variable. */
    public static boolean isEnvironmentName(String name) {
        return name != null && ENV_NAME.matcher(name).matches();
    }

    /** The secret itself, for the Authorization or api-key header only. */
    String reveal() {
        return value;
    }

    /** The secret, for the redactor that keeps it out of everything aitest writes. */
    String forRedaction() {
        return value;
    }

    /** Where the key came from, e.g. "the environment variable OPENAI_API_KEY". */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "ApiKey[" + source + ", value hidden]";
    }
}
