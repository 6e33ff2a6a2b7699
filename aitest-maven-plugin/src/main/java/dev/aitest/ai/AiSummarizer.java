package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import dev.aitest.cost.Pricing;
import dev.aitest.model.AiSummary;
import dev.aitest.model.Money;
import dev.aitest.model.Results;
import dev.aitest.facts.Formats;
import dev.aitest.port.Console;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asks the model for the summary after the iterations: builds the input, reuses a stored summary of the same input,
 * model and prompt, else asks (retrying 429 and 5xx answers, with the wait the service asks for or a doubling
 * backoff, within {@code aitest.summaryTimeout}), puts Java's numbers into the answer and prices it. It never
 * throws: a failure is one warning naming the cause, and a note in the reports.
 */
public final class AiSummarizer implements ResultsSummarizer {

    /** Attempts at most: the first and three retries. */
    public static final int MAX_ATTEMPTS = 4;
    /** The longest Retry-After honoured; a longer one ends the attempts. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** The first backoff without Retry-After; it doubles with each attempt. */
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** Bumped when the input format changes, so that old summaries are not reused for a new format. */
    static final String INPUT_FORMAT = "aitest-summary-input-1";

    /** Opens a connection to the model's service. */
    @FunctionalInterface
    public interface ServiceFactory {
        ChatService open(Endpoint endpoint, ApiKey key, Redactor redactor) throws ChatException;
    }

    /** Waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final SummaryConfig config;
    private final ApiKey key;
    private final Redactor redactor;
    private final SummaryCache cache;
    private final Pricing pricing;
    private final ServiceFactory factory;
    private final Sleeper sleeper;
    private final Duration firstBackoff;
    private final Clock clock;

    /**
     * A summarizer.
     *
     * @param config checked settings; {@link SummaryConfig#enabled()} must be true
     * @param key the key, or null when none was found
     * @param environment the environment: values of variables named like secrets are redacted too, with the key
     * @param reportsDirectory where results.json and the cache are
     * @param pricing prices the summary itself
     * @param factory opens the model's service (see {@link SdkLoader})
     */
    public AiSummarizer(SummaryConfig config, ApiKey key, Map<String, String> environment, Path reportsDirectory,
            Pricing pricing, ServiceFactory factory) {
        this(config, key, redactor(key, environment), reportsDirectory, pricing, factory,
                d -> Thread.sleep(d.toMillis()), FIRST_BACKOFF, Clock.systemUTC());
    }

    /** Removes the key (null for none), secrets in the environment and anything that looks like a secret. */
    public static Redactor redactor(ApiKey key, Map<String, String> environment) {
        return Redactor.withEnvironment(key == null ? List.of() : List.of(key.forRedaction()), environment);
    }

    AiSummarizer(SummaryConfig config, ApiKey key, Redactor redactor, Path reportsDirectory, Pricing pricing,
            ServiceFactory factory, Sleeper sleeper, Duration firstBackoff, Clock clock) {
        if (!config.enabled()) {
            throw new IllegalArgumentException("no model is configured");
        }
        this.config = config;
        this.key = key;
        this.redactor = redactor;
        this.cache = new SummaryCache(new ReportsLayout(reportsDirectory).summaryCache());
        this.pricing = pricing;
        this.factory = factory;
        this.sleeper = sleeper;
        this.firstBackoff = firstBackoff;
        this.clock = clock;
    }

    @Override
    public Results summarize(Results results, Console console) {
        try {
            return results.withAiSummary(summary(results, console));
        } catch (RuntimeException e) {
            String error = redactor.redact("unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            console.warn("aitest: no AI summary: " + error + ". The reports are written without it");
            return results.withAiSummary(AiSummary.failed(config.model(), clock.instant().toString(), error, null,
                    config.promptName(), config.compact(), List.of()));
        }
    }

    /** The SHA-256 of the input, the model and the prompt: a summary is reused only for the same three. */
    public static String hash(String input, String model, String prompt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(INPUT_FORMAT, model, prompt, input)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private AiSummary summary(Results results, Console console) {
        SummaryInput input = SummaryInput.build(results, config.compact(), config.maxInputTokens(), config.prompt(),
                redactor);
        String hash = hash(input.text(), config.model(), config.prompt());
        if (!config.refresh()) {
            AiSummary stored = results.aiSummary();
            if (stored != null && stored.ok() && hash.equals(stored.inputHash())) {
                console.info("aitest: AI summary reused from results.json (same results, model and prompt; no new "
                        + "request)");
                return stored.asReused();
            }
            AiSummary cached = cache.find(hash);
            if (cached != null) {
                console.info("aitest: AI summary reused from " + ReportsLayout.SUMMARY_CACHE + " (same results, model and "
                        + "prompt; no new request)");
                return cached.asReused();
            }
        }
        if (key == null && !(config.endpoint().local() && !config.endpoint().azure())) {
            return failed(console, input, hash, "no API key: the environment variable " + config.apiKeyEnv()
                    + " is not set; export it, name another variable with " + SummaryConfig.API_KEY_ENV
                    + ", or a settings.xml server with " + SummaryConfig.SERVER_ID);
        }
        console.info(String.format(Locale.ROOT, "aitest: asking %s at %s for the AI summary (about %,d input tokens%s)",
                config.model(), config.endpoint().display(), input.estimatedTokens(), input.leftOut().isEmpty() ? ""
                        : "; some detail left out to fit " + SummaryConfig.MAX_INPUT_TOKENS));
        ChatService.Answer answer;
        try (ChatService service = factory.open(config.endpoint(), key, redactor)) {
            answer = ask(service, input, console);
        } catch (ChatException e) {
            return failed(console, input, hash, e.getMessage() + fix(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(console, input, hash, "the build was interrupted while waiting for the model");
        } catch (RuntimeException e) {
            return failed(console, input, hash, "unexpected error: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
        AnswerProcessor.Processed processed = AnswerProcessor.process(answer.text(), input.facts());
        Double cost = cost(answer);
        // the service's text is redacted like the tests' before it is stored or shown: a service that echoes the key
        // (or a secret a test sent it) gets nothing onto the disk
        AiSummary summary = new AiSummary(config.model(), clock.instant().toString(),
                redactor.redact(processed.markdown()), null,
                answer.inputTokens(), answer.outputTokens(), cost, false, hash, config.promptName(), config.compact(),
                input.leftOut(), processed.numbersRemoved(), processed.unknownPlaceholders());
        try {
            cache.store(summary);
        } catch (IOException e) {
            console.warn("aitest: the AI summary could not be kept in " + ReportsLayout.SUMMARY_CACHE + " ("
                    + redactor.redact(e.getMessage()) + "); it is in results.json");
        }
        List<String> notes = new ArrayList<>();
        notes.add(answer.inputTokens() == null ? "token counts not reported"
                : Formats.tokens(answer.inputTokens()) + " input and " + Formats.tokens(answer.outputTokens())
                        + " output tokens");
        notes.add(cost == null ? "cost unknown (no price for '" + redactor.redact(priced(answer)) + "'; add it with "
                + Pricing.PRICING_FILE + ")" : Formats.cost(cost));
        if (processed.numbersRemoved() > 0) {
            notes.add(processed.numbersRemoved() + " number(s) the model typed removed");
        }
        if (!processed.structured()) {
            notes.add("the answer had none of the expected sections, so it is all under Verdict");
        }
        console.info("aitest: AI summary written by " + config.model() + " (" + String.join(", ", notes) + ")");
        return summary;
    }

    private ChatService.Answer ask(ChatService service, SummaryInput input, Console console)
            throws ChatException, InterruptedException {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new ChatException(ChatException.Kind.TIMEOUT, 0, null, "no time left for the model to answer");
            }
            try {
                return service.ask(config.model(), config.prompt(), input.text(), left);
            } catch (ChatException e) {
                if (!e.retryable()) {
                    throw e;
                }
                String tries = attempt == 1 ? "" : " (" + attempt + " attempts)";
                if (attempt == MAX_ATTEMPTS) {
                    throw new ChatException(e.kind(), e.status(), null, e.getMessage() + ", still after "
                            + MAX_ATTEMPTS + " attempts");
                }
                Duration wait = e.retryAfter() != null ? (e.retryAfter().isNegative() ? Duration.ZERO : e.retryAfter())
                        : firstBackoff.multipliedBy(1L << (attempt - 1));
                if (e.retryAfter() != null && wait.compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new ChatException(e.kind(), e.status(), null, e.getMessage() + tries + "; it asks to wait "
                            + seconds(wait) + " s, longer than the " + MAX_RETRY_AFTER.toSeconds() + " s aitest waits");
                }
                if (wait.compareTo(Duration.ofNanos(deadline - System.nanoTime())) >= 0) {
                    throw new ChatException(e.kind(), e.status(), null, e.getMessage() + tries + "; no time left for "
                            + "another attempt within " + SummaryConfig.TIMEOUT + "=" + config.timeout().toSeconds()
                            + " s");
                }
                console.info("aitest: " + redactor.redact(e.getMessage()) + "; attempt " + attempt + " of "
                        + MAX_ATTEMPTS + ", retrying in " + seconds(wait) + " s");
                sleeper.sleep(wait);
            }
        }
    }

    /** What to do about a failure, after a semicolon; empty when there is nothing to suggest. */
    private String fix(ChatException e) {
        String model = "'" + config.model() + "'";
        return switch (e.kind()) {
            case UNAUTHORIZED -> "; check the key in " + (key == null ? "the environment variable "
                    + config.apiKeyEnv() : key.source());
            case FORBIDDEN -> "; check that the key may use " + model;
            case NOT_FOUND -> "; check " + SummaryConfig.MODEL + " (" + model + (config.endpoint().azure()
                    ? ", the name of a deployment of the resource" : "") + ") and " + SummaryConfig.BASE_URL;
            case RATE_LIMITED -> "; try again later or raise the key's rate limit";
            case SERVER_ERROR -> "; try again later";
            case TIMEOUT -> "; " + SummaryConfig.TIMEOUT + " allows " + config.timeout().toSeconds() + " s in all: "
                    + "raise it, or send less with " + SummaryConfig.COMPACT + "=true or a lower "
                    + SummaryConfig.MAX_INPUT_TOKENS;
            case CONNECTION -> "; check " + SummaryConfig.BASE_URL + " and that the service is running";
            case MALFORMED, EMPTY -> "; check that " + SummaryConfig.BASE_URL + " is an OpenAI-compatible API with "
                    + "Chat Completions";
            case REJECTED -> "; check " + SummaryConfig.MODEL + " and " + SummaryConfig.MAX_INPUT_TOKENS;
            case OTHER -> "";
        };
    }

    private AiSummary failed(Console console, SummaryInput input, String hash, String cause) {
        String error = redactor.redact(cause);
        console.warn("aitest: no AI summary: " + error + ". The reports are written without it"
                + (config.failOnError() ? "; " + SummaryConfig.FAIL_ON_ERROR + " fails the build once they are" : ""));
        return AiSummary.failed(config.model(), clock.instant().toString(), error, hash, config.promptName(),
                config.compact(), input.leftOut());
    }

    /** The name the summary is priced by: the configured model, else the one the service says answered. */
    private String priced(ChatService.Answer answer) {
        if (pricing.find(config.model()).isPresent() || answer.model() == null || answer.model().isBlank()) {
            return config.model();
        }
        return answer.model();
    }

    private Double cost(ChatService.Answer answer) {
        if (answer.inputTokens() == null && answer.outputTokens() == null) {
            return null;
        }
        Map<String, long[]> tokens = new LinkedHashMap<>();
        tokens.put(priced(answer), new long[] {nullToZero(answer.inputTokens()), nullToZero(answer.outputTokens())});
        return Money.round(pricing.cost(tokens, new ArrayList<>()));
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String seconds(Duration duration) {
        double s = duration.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
