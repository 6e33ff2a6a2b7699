package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import dev.aitest.config.InvalidParameterException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checked settings of the AI summary, from the {@code aitest.summary*} properties. Every value is checked
 * before any test runs; a bad one is refused with the property, the value and the fix.
 *
 * @param model the model or Azure deployment; null when no summary is wanted
 * @param endpoint where the Chat Completions API is, and whether it is Azure OpenAI
 * @param apiKeyEnv the environment variable that holds the key
 * @param serverId the settings.xml server whose password is the key, else null
 * @param compact send less detail for passing tests
 * @param prompt the system prompt: the built-in one or the file's content
 * @param promptName {@code built-in} or the prompt file's name
 * @param maxInputTokens the input budget, prompt included
 * @param timeout how long the whole AI step may take, retries included
 * @param failOnError fail the build (after the reports are written) when there is no summary
 * @param refresh ask the model again even when a summary of the same input is stored
 */
public record SummaryConfig(String model, Endpoint endpoint, String apiKeyEnv, String serverId, boolean compact,
        String prompt, String promptName, int maxInputTokens, Duration timeout, boolean failOnError, boolean refresh) {

    /** Property: the model or deployment name; unset means no AI call. */
    public static final String MODEL = "aitest.summaryModel";
    /** Property: the OpenAI-compatible endpoint. */
    public static final String BASE_URL = "aitest.summaryBaseUrl";
    /** Property: the name of the environment variable that holds the key. */
    public static final String API_KEY_ENV = "aitest.summaryApiKeyEnv";
    /** Property: a settings.xml server id whose password is the key. */
    public static final String SERVER_ID = "aitest.summaryServerId";
    /** Property: the Azure OpenAI api-version; setting it also turns on Azure mode. */
    public static final String AZURE_API_VERSION = "aitest.summaryAzureApiVersion";
    /** Property: send less detail for passing tests. */
    public static final String COMPACT = "aitest.summaryCompact";
    /** Property: a file that replaces the built-in prompt. */
    public static final String PROMPT = "aitest.analysisPrompt";
    /** Property: the input budget in tokens. */
    public static final String MAX_INPUT_TOKENS = "aitest.summaryMaxInputTokens";
    /** Property: seconds the AI step may take. */
    public static final String TIMEOUT = "aitest.summaryTimeout";
    /** Property: fail the build when the summary cannot be written. */
    public static final String FAIL_ON_ERROR = "aitest.summaryFailOnError";
    /** Property: ask for a fresh summary instead of reusing a stored one. */
    public static final String REFRESH = "aitest.summary.refresh";

    /** Default of {@value #BASE_URL}. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    /** Default of {@value #API_KEY_ENV}. */
    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";
    /** Default of {@value #MAX_INPUT_TOKENS}. */
    public static final int DEFAULT_MAX_INPUT_TOKENS = 32_000;
    /** Default of {@value #TIMEOUT}, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 180;
    /** The smallest budget: the prompt, the facts and a few tests. */
    public static final int MIN_INPUT_TOKENS = 2_000;
    /** The largest prompt file accepted. */
    public static final int MAX_PROMPT_BYTES = 100_000;

    private static final Pattern MODEL_NAME = Pattern.compile("[^\\s\\p{Cntrl}]{1,200}");
    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-preview)?|preview|latest|v1");
    private static final String FIX = "; set it in the plugin's <configuration> or on the command line, e.g. ";

    /** True when a summary is wanted. */
    public boolean enabled() {
        return model != null;
    }

    /**
     * Checks the raw values of the properties.
     *
     * @param model {@value #MODEL}; null or blank means no summary
     * @param baseUrl {@value #BASE_URL}; null or blank means {@value #DEFAULT_BASE_URL}
     * @param apiKeyEnv {@value #API_KEY_ENV}; null or blank means {@value #DEFAULT_API_KEY_ENV}
     * @param serverId {@value #SERVER_ID}, or null
     * @param azureApiVersion {@value #AZURE_API_VERSION}, or null
     * @param compact {@value #COMPACT}
     * @param promptFile {@value #PROMPT}, or null for the built-in prompt
     * @param maxInputTokens {@value #MAX_INPUT_TOKENS}
     * @param timeoutSeconds {@value #TIMEOUT}
     * @param failOnError {@value #FAIL_ON_ERROR}
     * @param refresh {@value #REFRESH}
     */
    public static SummaryConfig check(String model, String baseUrl, String apiKeyEnv, String serverId,
            String azureApiVersion, boolean compact, Path promptFile, String maxInputTokens, String timeoutSeconds,
            boolean failOnError, boolean refresh) throws InvalidParameterException {
        String name = blankToNull(model);
        if (name != null && !MODEL_NAME.matcher(name).matches()) {
            throw invalid(MODEL, model, "a model or deployment name without spaces", "-D" + MODEL + "=gpt-5-mini");
        }
        String version = blankToNull(azureApiVersion);
        if (version != null && !API_VERSION.matcher(version).matches()) {
            throw invalid(AZURE_API_VERSION, azureApiVersion, "an Azure OpenAI api-version such as "
                    + Endpoint.DEFAULT_AZURE_API_VERSION, "-D" + AZURE_API_VERSION + "=" + Endpoint.DEFAULT_AZURE_API_VERSION);
        }
        Endpoint endpoint = Endpoint.of(url(baseUrl), version);
        String env = blankToNull(apiKeyEnv) == null ? DEFAULT_API_KEY_ENV : apiKeyEnv.strip();
        if (!ApiKey.isEnvironmentName(env)) {
            throw new InvalidParameterException("aitest: " + API_KEY_ENV + " is '" + Redactor.patternsOnly().redact(env)
                    + "' but must be the name of an environment variable that holds the key (letters, digits and _), "
                    + "never the key itself" + FIX + "-D" + API_KEY_ENV + "=OPENAI_API_KEY");
        }
        String server = blankToNull(serverId);
        String prompt = Prompts.BUILT_IN;
        String promptName = Prompts.BUILT_IN_NAME;
        if (promptFile != null) {
            prompt = promptFile(promptFile);
            promptName = promptFile.getFileName().toString();
        }
        int budget = whole(MAX_INPUT_TOKENS, maxInputTokens, MIN_INPUT_TOKENS, 10_000_000,
                "a whole number of tokens from " + MIN_INPUT_TOKENS + " to 10000000", "-D" + MAX_INPUT_TOKENS + "=16000");
        int seconds = whole(TIMEOUT, timeoutSeconds, 1, 3_600, "a whole number of seconds from 1 to 3600",
                "-D" + TIMEOUT + "=300");
        if (refresh && name == null) {
            throw new InvalidParameterException("aitest: " + REFRESH + " is 'true' but " + MODEL + " is not set, so "
                    + "there is no model to ask for a fresh summary; set it too, e.g. -D" + MODEL + "=gpt-5-mini");
        }
        return new SummaryConfig(name, endpoint, env, server, compact, prompt, promptName, budget,
                Duration.ofSeconds(seconds), failOnError, refresh);
    }

    private static String url(String value) throws InvalidParameterException {
        String text = blankToNull(value) == null ? DEFAULT_BASE_URL : value.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw invalid(BASE_URL, Redactor.patternsOnly().redact(value), "an http or https URL of an OpenAI-compatible "
                    + "API", "-D" + BASE_URL + "=http://localhost:11434/v1");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidParameterException("aitest: " + BASE_URL + " is '" + Redactor.patternsOnly().redact(text)
                    + "' but holds a user or password; give the URL without them and the key through "
                    + API_KEY_ENV + " or " + SERVER_ID);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(BASE_URL, text, "a URL without a query or fragment (the Azure api-version goes in "
                    + AZURE_API_VERSION + ")", "-D" + BASE_URL + "=https://my-resource.openai.azure.com");
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String promptFile(Path file) throws InvalidParameterException {
        String fix = "; point it to a UTF-8 text file that replaces the built-in prompt";
        if (Files.isDirectory(file)) {
            throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but that is a folder" + fix);
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but no such file exists" + fix);
        }
        try {
            if (Files.size(file) > MAX_PROMPT_BYTES) {
                throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but it is larger than "
                        + MAX_PROMPT_BYTES + " bytes" + fix);
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.isBlank()) {
                throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but the file is empty" + fix);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but it is not UTF-8 text" + fix);
        } catch (IOException e) {
            throw new InvalidParameterException("aitest: " + PROMPT + " is '" + file + "' but it cannot be read ("
                    + e.getMessage() + ")" + fix);
        }
    }

    private static int whole(String property, String value, int min, int max, String allowed, String example)
            throws InvalidParameterException {
        String text = value == null ? "" : value.strip().replace("_", "");
        long parsed;
        try {
            parsed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw invalid(property, value, allowed, example);
        }
        return (int) parsed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidParameterException invalid(String property, String value, String allowed, String example) {
        return new InvalidParameterException(String.format("aitest: %s is '%s' but must be %s%s%s", property, value,
                allowed, FIX, example));
    }
}
