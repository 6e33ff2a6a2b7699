package dev.aitest.ai;

import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.model.AiSummary;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.ResultsJson;
import dev.aitest.run.AitestRun;
import dev.aitest.run.Iteration;
import dev.aitest.port.RecordingConsole;
import dev.aitest.run.RunCompletion;
import dev.aitest.run.RunSettings;
import dev.aitest.ai.openai.OpenAiChatService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole run with the AI summary on, against a real HTTP server on 127.0.0.1 that speaks Chat Completions, through
 * the real OpenAI SDK: what is sent, where the answer lands, the cache, and every way the call can fail.
 */
class AiSummaryRunTest {

    static final String KEY = "sk-test-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    /** Secrets a test printed in its failure message; none may reach the model. */
    static final String LEAKED_TOKEN = "sk-proj-LEAKEDLEAKEDLEAKEDLEAKED1234";
    static final String LEAKED_BEARER = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib3QifQ.c2lnbmF0dXJlc2lnbmF0dXJl";
    static final String LEAKED_PASSWORD = "hunter2-db-password";

    /** What the model answers: placeholders, one number it typed, and markup that must not survive. */
    static final String ANSWER = """
            ## Verdict
            The suite is not reliable: the pass rate is {{overall.passRate}}, below {{overall.threshold}}; it was 71% last week.

            ## Flaky tests
            - {{test.2.id}} passes {{test.2.passed}}: the refund answer fails in iteration 2. <script>alert(1)</script>

            ## Systematic failures
            - {{test.1.id}} never cites a source ([details](javascript:alert(1))).

            ## Cost and tokens
            No usage was recorded.

            ## Recommendations
            1. Pin the prompt of the refund answer.
            """;

    @TempDir
    Path temp;

    private Path reports;
    private FakeChatServer server;
    private final RecordingConsole console = new RecordingConsole();
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FakeChatServer();
        reports = temp.resolve("target/aitest-reports");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---------------------------------------------------------------- helpers

    static SummaryConfig config(String baseUrl, String azureApiVersion, int timeoutSeconds, boolean refresh)
            throws Exception {
        return SummaryConfig.check("gpt-5-mini", baseUrl, null, null, azureApiVersion, false, null, "32000",
                Integer.toString(timeoutSeconds), false, refresh);
    }

    private SummaryConfig config() throws Exception {
        return config(server.baseUrl(), null, 30, false);
    }

    private AiSummarizer summarizer(SummaryConfig config, ApiKey key) {
        // the SDK is on the test class path, so the loader needs no jars of its own (SdkLoaderTest loads it apart)
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:20:00Z"), ZoneOffset.UTC);
        return new AiSummarizer(config, key, AiSummarizer.redactor(key, Map.of()), reports, Pricing.builtIn(),
                new SdkLoader(List::of), sleeps::add, Duration.ofMillis(1), clock);
    }

    private RunCompletion run(SummaryConfig config) throws IOException {
        return run(config, ApiKey.of(KEY, "the environment variable OPENAI_API_KEY"));
    }

    /** Two iterations: ChatTest#citesSource always fails, ChatTest#refund fails in iteration 2, ToolTest#ok passes. */
    private RunCompletion run(SummaryConfig config, ApiKey key) throws IOException {
        RunSettings settings = new RunSettings(2, 1, 80.0, reports, new Environment("3.8.7", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("com.x", "shop", "1.0", "Shop"), ReportOptions.ALL, "test");
        return new AitestRun(settings, AiSummaryRunTest::iteration, console, summarizer(config, key)).execute();
    }

    static void iteration(Iteration it) {
        String refund = it.index() == 2
                ? failed("com.x.ChatTest", "refund", "0.5", "expected refund policy but the model said: I cannot "
                        + "help; key " + LEAKED_TOKEN + " Authorization: Bearer " + LEAKED_BEARER + " db "
                        + "postgres://shop:" + LEAKED_PASSWORD + "@db:5432/shop",
                        "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError: expected refund\n"
                                + "\tat com.x.ChatTest.refund(ChatTest.java:42)\n"
                                + "\tat org.junit.platform.engine.Foo.bar(Foo.java:1)")
                : passed("com.x.ChatTest", "refund", "0.5");
        try {
            write(it.reportsDirectory(), "TEST-com.x.ChatTest.xml", report("com.x.ChatTest",
                    failed("com.x.ChatTest", "citesSource", "0.2", "no citation in the answer",
                            "java.lang.AssertionError", "java.lang.AssertionError: no citation in the answer\n"
                                    + "\tat com.x.ChatTest.citesSource(ChatTest.java:20)"),
                    refund));
            write(it.reportsDirectory(), "TEST-com.x.ToolTest.xml", report("com.x.ToolTest",
                    passed("com.x.ToolTest", "ok", "0.1")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String file(String name) throws IOException {
        return Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
    }

    /** The reports are all there and the key is in none of them, nor in any file, nor on the console. */
    private void assertReportsWrittenWithoutKey() throws IOException {
        assertTrue(Files.isRegularFile(reports.resolve("results.json")));
        assertTrue(Files.isRegularFile(reports.resolve("report.html")));
        assertTrue(Files.isRegularFile(reports.resolve("report.md")));
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(path, StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(KEY), "the key is in " + path);
                assertFalse(content.contains(KEY.substring(8)), "part of the key is in " + path);
            }
        }
        for (String line : console.all()) {
            assertFalse(line.contains(KEY.substring(8)), line);
        }
    }

    private AiSummary failedWith(String... parts) throws IOException {
        assertReportsWrittenWithoutKey();
        assertEquals(1, console.warn.size(), console.warn.toString());
        String warning = console.warn.get(0);
        assertTrue(warning.startsWith("aitest: no AI summary: "), warning);
        assertTrue(warning.endsWith("The reports are written without it"), warning);
        for (String part : parts) {
            assertTrue(warning.contains(part), "'" + part + "' not in: " + warning);
        }
        Results written = ResultsJson.read(reports.resolve("results.json"));
        AiSummary summary = written.aiSummary();
        assertNotNull(summary);
        assertNull(summary.markdown());
        assertTrue(warning.contains(summary.error()), summary.error());
        assertEquals(2, written.run().iterations());
        assertEquals(3, written.totals().outcomes().tests(), "the results are complete");
        String html = file("report.html");
        assertTrue(html.contains("No AI summary: "), "the HTML report says why");
        assertTrue(html.contains("com.x.ChatTest#refund"), "the deterministic overview is there");
        assertTrue(file("report.md").contains("No AI summary: "));
        return summary;
    }

    // ---------------------------------------------------------------- the happy path

    @Test
    void theRequestCarriesTheModelTheKeyAndTheFlakyTestsButNoSecretFromTheirOutput() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));

        run(config());

        assertEquals(1, server.requests().size());
        FakeChatServer.Request request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertNull(request.header("api-key"));
        Map<?, ?> body = request.json();
        assertEquals("gpt-5-mini", body.get("model"));
        List<?> messages = (List<?>) body.get("messages");
        assertEquals("system", ((Map<?, ?>) messages.get(0)).get("role"));
        assertTrue(((String) ((Map<?, ?>) messages.get(0)).get("content")).contains("{{overall.passRate}}"));
        String input = (String) ((Map<?, ?>) messages.get(1)).get("content");
        assertTrue(input.contains("com.x.ChatTest#refund (flaky)"), input);
        assertTrue(input.contains("com.x.ChatTest#citesSource (failed)"), input);
        assertTrue(input.contains("iterations: 1 passed, 2 failed"), input);
        assertTrue(input.contains("at com.x.ChatTest.refund(ChatTest.java:42)"), "the trimmed trace is sent");
        assertFalse(input.contains("org.junit.platform.engine.Foo"), "framework frames are not");
        for (String secret : List.of(LEAKED_TOKEN, LEAKED_BEARER, LEAKED_PASSWORD, KEY)) {
            assertFalse(request.body().contains(secret), "a secret reached the model: " + secret);
        }
        assertTrue(input.contains("[REDACTED]"));
        assertFalse(input.contains("durationMs") || input.contains("2026-"), "nothing volatile is sent");
        assertNull(request.header("X-Stainless-OS"), "no telemetry headers");
    }

    @Test
    void theAnswerLandsInResultsJsonAndBothReportsWithJavasNumbers() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER, 1_000_000, 100_000));

        RunCompletion outcome = run(config());

        assertEquals(List.of(), console.warn);
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(outcome.results(), written);
        AiSummary summary = written.aiSummary();
        assertTrue(summary.ok());
        assertEquals("gpt-5-mini", summary.model());
        assertEquals("2026-11-27T10:20:00Z", summary.generatedAt());
        assertEquals(1_000_000L, summary.inputTokens());
        assertEquals(100_000L, summary.outputTokens());
        assertEquals(0.45, summary.costUsd(), 1e-9, "gpt-5-mini: $0.25 per million in, $2.00 per million out");
        assertEquals(1, summary.numbersRemoved(), "the 71% the model typed");
        assertEquals(0, summary.unknownPlaceholders());
        assertFalse(summary.reused());
        assertEquals(64, summary.inputHash().length());
        assertEquals("built-in", summary.prompt());
        String md = summary.markdown();
        assertTrue(md.contains("the pass rate is 50%, below 80%"), md);
        assertTrue(md.contains("it was (number removed) last week"), md);
        assertTrue(md.contains("com.x.ChatTest#refund passes 1/2 counted runs"), md);
        assertFalse(md.contains("{{"), md);

        String html = file("report.html");
        assertTrue(html.contains("id=\"ai-summary\""));
        assertFalse(html.contains("id=\"ai-note\""), "no note where there is a summary");
        assertTrue(html.contains("<h4>Verdict</h4>"), html);
        assertTrue(html.contains("the pass rate is 50%, below 80%"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the model's HTML is text");
        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(html.contains("javascript:"), "the link's target is dropped");
        assertTrue(html.contains("never cites a source (details)"), "the link's text stays");
        assertTrue(html.contains("Written by gpt-5-mini on 2026-11-27 10:20:00 UTC"));
        assertTrue(html.contains("1,000,000 input and 100,000 output tokens, $0.4500."));
        assertTrue(html.contains("1 number the model typed itself next to %, $ or &quot;tokens&quot; removed."));

        String markdown = file("report.md");
        assertTrue(markdown.contains("## AI summary"), markdown);
        assertTrue(markdown.contains("### Verdict"), markdown);
        assertTrue(markdown.contains("the pass rate is 50%, below 80%"), markdown);
        assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"), markdown);
        assertFalse(markdown.contains("javascript:"), markdown);
        assertTrue(console.info.stream().anyMatch(l -> l.startsWith("aitest: AI summary written by gpt-5-mini "
                + "(1,000,000 input and 100,000 output tokens, $0.4500, 1 number(s) the model typed removed)")),
                console.info.toString());
        assertReportsWrittenWithoutKey();
    }

    @Test
    void resultsJsonIsWrittenBeforeTheModelIsAsked() throws Exception {
        List<Boolean> existed = new ArrayList<>();
        server.reply(exchange -> {
            existed.add(Files.isRegularFile(reports.resolve("results.json")));
            FakeChatServer.ok(ANSWER).send(exchange);
        });

        run(config());

        assertEquals(List.of(true), existed);
    }

    @Test
    void theSameResultsModelAndPromptAreAnsweredFromTheCacheWithoutASecondRequest() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));
        run(config());
        String first = ResultsJson.read(reports.resolve("results.json")).aiSummary().markdown();
        assertTrue(Files.isRegularFile(reports.resolve(dev.aitest.store.ReportsLayout.SUMMARY_CACHE)));

        console.info.clear();
        run(config());

        assertEquals(1, server.requests().size(), "no second request");
        AiSummary second = ResultsJson.read(reports.resolve("results.json")).aiSummary();
        assertTrue(second.reused());
        assertEquals(first, second.markdown());
        assertTrue(console.info.contains("aitest: AI summary reused from ai-summary-cache.json (same results, model "
                + "and prompt; no new request)"), console.info.toString());
        assertTrue(file("report.html").contains("Reused from an earlier run with the same results, model and prompt"));
        assertReportsWrittenWithoutKey();
    }

    @Test
    void anotherModelOrRefreshAsksAgain() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));
        run(config());
        run(config(server.baseUrl(), null, 30, true));
        assertEquals(2, server.requests().size(), "refresh asks again");

        run(SummaryConfig.check("gpt-5", server.baseUrl(), null, null, null, false, null, "32000", "30", false,
                false));
        assertEquals(3, server.requests().size(), "another model asks again");
        assertEquals("gpt-5", server.requests().get(2).json().get("model"));
    }

    // ---------------------------------------------------------------- Azure OpenAI

    @Test
    void azureModeSendsTheApiKeyHeaderTheApiVersionAndTheDeploymentPath() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));

        run(config(server.root(), "2024-10-21", 30, false));

        FakeChatServer.Request request = server.requests().get(0);
        assertEquals(KEY, request.header("api-key"));
        assertNull(request.header("Authorization"));
        assertEquals("/openai/deployments/gpt-5-mini/chat/completions", request.path());
        assertEquals("api-version=2024-10-21", request.query());
        assertTrue(ResultsJson.read(reports.resolve("results.json")).aiSummary().ok());
        assertReportsWrittenWithoutKey();
    }

    @Test
    void azureV1BaseUrlsUseOpenAiPathsWithTheApiKeyHeader() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));

        run(config(server.root() + "/openai/v1", "preview", 30, false));

        FakeChatServer.Request request = server.requests().get(0);
        assertEquals(KEY, request.header("api-key"));
        assertEquals("/openai/v1/chat/completions", request.path());
        assertEquals("api-version=preview", request.query());
    }

    // ---------------------------------------------------------------- failures: reports written, one warning

    @Test
    void aTimeoutWarnsAndWritesTheReports() throws Exception {
        server.reply(FakeChatServer.slow(Duration.ofSeconds(5), FakeChatServer.ok(ANSWER)));

        long start = System.nanoTime();
        run(config(server.baseUrl(), null, 1, false));

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "gave up after aitest.summaryTimeout");
        failedWith("did not answer in time", "aitest.summaryTimeout allows 1 s in all: raise it, or send less with "
                + "aitest.summaryCompact=true or a lower aitest.summaryMaxInputTokens");
    }

    @Test
    void a401SaysTheKeyWasRefusedAndWhereItCameFrom() throws Exception {
        server.reply(FakeChatServer.error(401, "Incorrect API key provided: sk-test-****************b1a0.", Map.of()));

        run(config());

        AiSummary summary = failedWith("refused the API key (HTTP 401)",
                "check the key in the environment variable OPENAI_API_KEY");
        assertFalse(summary.error().contains("b1a0"), "not even the end of the key the service echoed");
        assertEquals(1, server.requests().size(), "a 401 is not retried");
    }

    @Test
    void a403SaysTheKeyMayNotUseTheModel() throws Exception {
        server.reply(FakeChatServer.error(403, "Project does not have access to model gpt-5-mini", Map.of()));

        run(config());

        failedWith("does not let this API key use the model (HTTP 403: Project does not have access to model "
                + "gpt-5-mini)", "check that the key may use 'gpt-5-mini'");
    }

    @Test
    void a404NamesTheModelToCheck() throws Exception {
        server.reply(FakeChatServer.error(404, "The model `gpt-5-mini` does not exist", Map.of()));

        run(config());

        failedWith("knows no such model, deployment or path (HTTP 404", "check aitest.summaryModel ('gpt-5-mini') and "
                + "aitest.summaryBaseUrl");
        assertEquals(1, server.requests().size());
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWaitItAskedFor() throws Exception {
        server.reply(FakeChatServer.error(429, "Rate limit reached", Map.of("Retry-After", "1")),
                FakeChatServer.error(429, "Rate limit reached", Map.of("retry-after-ms", "250")),
                FakeChatServer.ok(ANSWER));

        run(config());

        assertEquals(3, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(250)), sleeps, "Retry-After was respected");
        assertEquals(List.of(), console.warn);
        assertTrue(console.info.contains("aitest: the OpenAI-compatible service at 127.0.0.1:"
                + server.baseUrl().replaceAll(".*:(\\d+)/v1", "$1") + " is rate-limiting this key (HTTP 429: Rate limit "
                + "reached); attempt 1 of 4, retrying in 1 s"), console.info.toString());
        assertTrue(ResultsJson.read(reports.resolve("results.json")).aiSummary().ok());
        assertReportsWrittenWithoutKey();
    }

    @Test
    void a429ThatNeverEndsGivesUpAfterFourAttempts() throws Exception {
        server.reply(FakeChatServer.error(429, "Rate limit reached", Map.of()));

        run(config());

        assertEquals(AiSummarizer.MAX_ATTEMPTS, server.requests().size());
        assertEquals(List.of(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(4)), sleeps,
                "a doubling backoff without Retry-After");
        failedWith("is rate-limiting this key (HTTP 429", "still after 4 attempts",
                "try again later or raise the key's rate limit");
    }

    @Test
    void aRetryAfterLongerThanAMinuteEndsTheAttempts() throws Exception {
        server.reply(FakeChatServer.error(429, "Rate limit reached", Map.of("Retry-After", "3600")));

        run(config());

        assertEquals(1, server.requests().size());
        assertEquals(List.of(), sleeps);
        failedWith("it asks to wait 3600 s, longer than the 60 s aitest waits");
    }

    @Test
    void a500IsRetriedThenReported() throws Exception {
        server.reply(FakeChatServer.error(500, "The server had an error", Map.of()));

        run(config());

        assertEquals(AiSummarizer.MAX_ATTEMPTS, server.requests().size());
        failedWith("failed (HTTP 500: The server had an error), still after 4 attempts", "try again later");
    }

    @Test
    void a503ThenSuccessNeedsNoWarning() throws Exception {
        server.reply(FakeChatServer.error(503, "overloaded", Map.of()), FakeChatServer.ok(ANSWER));

        run(config());

        assertEquals(2, server.requests().size());
        assertEquals(List.of(), console.warn);
    }

    @Test
    void aServiceThatEchoesTheWholeKeyNeverGetsItIntoAMessage() throws Exception {
        server.reply(FakeChatServer.error(400, "Invalid request for key " + KEY + ": context length exceeded", Map.of()));

        run(config());

        AiSummary summary = failedWith("rejected the request (HTTP 400: Invalid request for key [REDACTED]: context "
                + "length exceeded)", "check aitest.summaryModel and aitest.summaryMaxInputTokens");
        assertFalse(summary.error().contains(KEY));
    }

    @Test
    void aKeyTheServiceEchoesInItsAnswerReachesNoFile() throws Exception {
        server.reply(FakeChatServer.echoingTheKey());

        run(config());

        AiSummary summary = ResultsJson.read(reports.resolve("results.json")).aiSummary();
        assertTrue(summary.ok(), String.valueOf(summary.error()));
        assertTrue(summary.markdown().contains("Rotate [REDACTED]"), summary.markdown());
        List<Path> files;
        try (Stream<Path> all = Files.walk(reports)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(reports.resolve("ai-summary-cache.json")));
        for (Path file : files) {
            assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(KEY), file + " holds the key");
        }
        console.all().forEach(line -> assertFalse(line.contains(KEY), line));
    }

    @Test
    void anUnexpectedErrorIsAWarningTooAndNeverShowsTheKey() throws Exception {
        ApiKey key = ApiKey.of(KEY, "the environment variable OPENAI_API_KEY");
        SummaryConfig config = config();
        AiSummarizer broken = new AiSummarizer(config, key, AiSummarizer.redactor(key, Map.of()), reports,
                Pricing.builtIn(), (endpoint, k, redactor) -> {
                    throw new IllegalStateException("bug while holding " + KEY);
                }, sleeps::add, Duration.ofMillis(1), Clock.systemUTC());
        RunSettings settings = new RunSettings(2, 1, 80.0, reports, new Environment("3.8.7", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("com.x", "shop", "1.0", "Shop"), ReportOptions.ALL, "test");

        new AitestRun(settings, AiSummaryRunTest::iteration, console, broken).execute();

        failedWith("unexpected error: IllegalStateException: bug while holding [REDACTED]");
    }

    @Test
    void aRefusedConnectionSaysSo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        run(config("http://127.0.0.1:" + port + "/v1", null, 10, false));

        failedWith("cannot connect to the OpenAI-compatible service at 127.0.0.1:" + port + " (connection refused)",
                "check aitest.summaryBaseUrl and that the service is running");
    }

    @Test
    void aMalformedAnswerSaysItIsNotAChatCompletionsResponse() throws Exception {
        server.reply(FakeChatServer.json(200, "{\"choices\": [ {\"message\": ", Map.of()));

        run(config());

        failedWith("is not a Chat Completions response", "check that aitest.summaryBaseUrl is an OpenAI-compatible "
                + "API with Chat Completions");
        assertEquals(1, server.requests().size(), "a malformed answer is not retried");
    }

    @Test
    void anHtmlPageInsteadOfJsonIsMalformedToo() throws Exception {
        server.reply(exchange -> {
            byte[] page = "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        });

        run(config());

        failedWith("is not a Chat Completions response");
    }

    @Test
    void anAnswerWithoutTextIsReported() throws Exception {
        server.reply(FakeChatServer.ok(""));

        run(config());

        failedWith("the answer has no text (finish reason: stop)");
    }

    @Test
    void noKeyForARemoteServiceMeansNoRequestAndAWarning() throws Exception {
        run(config("https://api.openai.com/v1", null, 10, false), null);

        failedWith("no API key: the environment variable OPENAI_API_KEY is not set",
                "name another variable with aitest.summaryApiKeyEnv, or a settings.xml server with "
                        + "aitest.summaryServerId");
    }

    @Test
    void aLocalServiceNeedsNoKey() throws Exception {
        server.reply(FakeChatServer.ok(ANSWER));

        run(config(), null);

        assertEquals(List.of(), console.warn);
        assertEquals("Bearer " + OpenAiChatService.NO_KEY, server.requests().get(0).header("Authorization"));
    }
}
