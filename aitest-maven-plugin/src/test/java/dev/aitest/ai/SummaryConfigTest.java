package dev.aitest.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.config.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryConfigTest {

    private static final String FIX = "; set it in the plugin's <configuration> or on the command line, e.g. ";

    @TempDir
    Path temp;

    private static SummaryConfig check(String model, String baseUrl, String env, String version, String tokens,
            String timeout) throws InvalidParameterException {
        return SummaryConfig.check(model, baseUrl, env, null, version, false, null, tokens, timeout, false, false);
    }

    private static String refused(String model, String baseUrl, String env, String version, String tokens,
            String timeout) {
        return assertThrows(InvalidParameterException.class,
                () -> check(model, baseUrl, env, version, tokens, timeout)).getMessage();
    }

    @Test
    void defaults() throws Exception {
        SummaryConfig config = check(null, null, null, null, "32000", "180");
        assertFalse(config.enabled());
        assertNull(config.model());
        assertEquals("https://api.openai.com/v1", config.endpoint().baseUrl());
        assertFalse(config.endpoint().azure());
        assertEquals("OPENAI_API_KEY", config.apiKeyEnv());
        assertEquals(Prompts.BUILT_IN, config.prompt());
        assertEquals("built-in", config.promptName());
        assertEquals(32_000, config.maxInputTokens());
        assertEquals(Duration.ofSeconds(180), config.timeout());
    }

    @Test
    void aModelTurnsItOn() throws Exception {
        SummaryConfig config = check(" gpt-5-mini ", "http://localhost:11434/v1/", "MY_KEY", null, "8000", "30");
        assertTrue(config.enabled());
        assertEquals("gpt-5-mini", config.model());
        assertEquals("http://localhost:11434/v1", config.endpoint().baseUrl());
        assertTrue(config.endpoint().local());
        assertEquals("MY_KEY", config.apiKeyEnv());
    }

    @Test
    void azureIsRecognisedByItsHostOrAnExplicitApiVersion() throws Exception {
        Endpoint resource = check("gpt-4o", "https://my-res.openai.azure.com", null, null, "8000", "30").endpoint();
        assertTrue(resource.azure());
        assertFalse(resource.azureV1());
        assertEquals(Endpoint.DEFAULT_AZURE_API_VERSION, resource.apiVersion());
        assertTrue(check("d", "https://x.cognitiveservices.azure.com", null, null, "8000", "30").endpoint().azure());
        Endpoint v1 = check("d", "https://x.openai.azure.com/openai/v1", null, null, "8000", "30").endpoint();
        assertTrue(v1.azure());
        assertTrue(v1.azureV1());
        assertNull(v1.apiVersion());
        Endpoint explicit = check("d", "https://gateway.example.com", null, "2025-01-01-preview", "8000", "30")
                .endpoint();
        assertTrue(explicit.azure());
        assertEquals("2025-01-01-preview", explicit.apiVersion());
        assertFalse(check("d", "https://openai.azure.com.evil.example", null, null, "8000", "30").endpoint().azure());
    }

    @Test
    void badValuesAreRefusedWithPropertyValueAndFix() {
        assertEquals("aitest: aitest.summaryModel is 'gpt 5' but must be a model or deployment name without spaces"
                + FIX + "-Daitest.summaryModel=gpt-5-mini", refused("gpt 5", null, null, null, "8000", "30"));
        assertEquals("aitest: aitest.summaryBaseUrl is 'ftp://x' but must be an http or https URL of an "
                + "OpenAI-compatible API" + FIX + "-Daitest.summaryBaseUrl=http://localhost:11434/v1",
                refused("m", "ftp://x", null, null, "8000", "30"));
        assertTrue(refused("m", "localhost:11434", null, null, "8000", "30")
                .startsWith("aitest: aitest.summaryBaseUrl is 'localhost:11434' but must be an http or https URL"));
        assertEquals("aitest: aitest.summaryMaxInputTokens is '500' but must be a whole number of tokens from 2000 "
                + "to 10000000" + FIX + "-Daitest.summaryMaxInputTokens=16000",
                refused("m", null, null, null, "500", "30"));
        assertTrue(refused("m", null, null, null, "lots", "30").startsWith("aitest: aitest.summaryMaxInputTokens is "
                + "'lots' but must be"));
        assertEquals("aitest: aitest.summaryTimeout is '0' but must be a whole number of seconds from 1 to 3600" + FIX
                + "-Daitest.summaryTimeout=300", refused("m", null, null, null, "8000", "0"));
        assertTrue(refused("m", null, null, null, "8000", "1.5").contains("aitest.summaryTimeout is '1.5'"));
        assertEquals("aitest: aitest.summaryAzureApiVersion is 'latest!' but must be an Azure OpenAI api-version such "
                + "as 2024-10-21" + FIX + "-Daitest.summaryAzureApiVersion=2024-10-21",
                refused("m", null, null, "latest!", "8000", "30"));
        assertTrue(refused("m", null, "1BAD", null, "8000", "30").startsWith("aitest: aitest.summaryApiKeyEnv is "
                + "'1BAD' but must be the name of an environment variable"));
    }

    @Test
    void valuesAreCheckedEvenWithoutAModel() {
        assertTrue(refused(null, null, null, null, "8000", "never").contains("aitest.summaryTimeout is 'never'"));
    }

    @Test
    void aKeyGivenInsteadOfAVariableNameIsNeverEchoed() {
        String message = refused("m", null, "sk-proj-abcdefghijklmnopqrstuvwx", null, "8000", "30");
        assertFalse(message.contains("abcdefghijklmnop"), message);
        assertTrue(message.contains("never the key itself"), message);
    }

    @Test
    void aUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        String message = refused("m", "https://user:hunter2@api.example.com/v1", null, null, "8000", "30");
        assertFalse(message.contains("hunter2"), message);
        assertTrue(message.contains("holds a user or password"), message);
        assertTrue(refused("m", "https://x.openai.azure.com?api-version=1", null, null, "8000", "30")
                .contains("without a query or fragment"));
    }

    @Test
    void aPromptFileReplacesTheBuiltInPrompt() throws Exception {
        Path file = Files.writeString(temp.resolve("prompt.md"), "Be brief.", StandardCharsets.UTF_8);
        SummaryConfig config = SummaryConfig.check("m", null, null, null, null, true, file, "8000", "30", true, false);
        assertEquals("Be brief.", config.prompt());
        assertEquals("prompt.md", config.promptName());
        assertTrue(config.compact());
        assertTrue(config.failOnError());
    }

    @Test
    void aMissingEmptyOrBinaryPromptFileIsRefused() throws Exception {
        Path missing = temp.resolve("nope.md");
        assertEquals("aitest: aitest.analysisPrompt is '" + missing + "' but no such file exists; point it to a UTF-8 "
                + "text file that replaces the built-in prompt", assertThrows(InvalidParameterException.class,
                        () -> SummaryConfig.check("m", null, null, null, null, false, missing, "8000", "30", false,
                                false)).getMessage());
        assertEquals("aitest: aitest.analysisPrompt is '" + temp + "' but that is a folder; point it to a UTF-8 "
                + "text file that replaces the built-in prompt", assertThrows(InvalidParameterException.class,
                        () -> SummaryConfig.check("m", null, null, null, null, false, temp, "8000", "30", false,
                                false)).getMessage());
        Path empty = Files.writeString(temp.resolve("empty.md"), "  \n");
        assertTrue(assertThrows(InvalidParameterException.class, () -> SummaryConfig.check("m", null, null, null, null,
                false, empty, "8000", "30", false, false)).getMessage().contains("but the file is empty"));
        Path binary = Files.write(temp.resolve("bin.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        assertTrue(assertThrows(InvalidParameterException.class, () -> SummaryConfig.check("m", null, null, null, null,
                false, binary, "8000", "30", false, false)).getMessage().contains("but it is not UTF-8 text"));
    }

    @Test
    void refreshNeedsAModel() {
        assertEquals("aitest: aitest.summary.refresh is 'true' but aitest.summaryModel is not set, so there is no "
                + "model to ask for a fresh summary; set it too, e.g. -Daitest.summaryModel=gpt-5-mini",
                assertThrows(InvalidParameterException.class, () -> SummaryConfig.check(null, null, null, null, null,
                        false, null, "8000", "30", false, true)).getMessage());
    }
}
