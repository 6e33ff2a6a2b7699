package dev.aitest.merge;

import dev.aitest.model.RunCause;
import dev.aitest.model.RunOutcome;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a run that failed because the model's provider did (a rate limit, a server error, a timeout, a refused
 * connection) from one that failed on its own: from the failure's exception type, the types its stack trace names
 * after {@code Caused by:}, and an HTTP status in its message, as Surefire's XML holds them, so without any adapter.
 *
 * <p>A run in error is looked at by its type, the types after {@code Caused by:} and its message. A failed run
 * ({@link RunOutcome#FAILED}) only by its own type: an assertion failure is the test's own verdict, even when its
 * message names a status ("expected 200 but was 503" is about the code under test), but TestNG reports every
 * exception as a failure, so a failure whose type is a provider's exception is the provider's. The types are those
 * of the clients aitest knows, and the JDK's network errors:
 *
 * <ul>
 *   <li>openai-java: {@code com.openai.errors.RateLimitException} (429), {@code InternalServerException} (5xx),
 *       {@code OpenAIIoException} (no answer), {@code OpenAIRetryableException} (a transient failure, a server
 *       error); {@code UnexpectedStatusCodeException} and
 *       {@code OpenAIServiceException} by the status in their message;</li>
 *   <li>LangChain4j: {@code dev.langchain4j.exception.RateLimitException}, {@code InternalServerException},
 *       {@code TimeoutException}, {@code RetriableException} (a server error), {@code UnresolvedModelServerException}
 *       (no connection); {@code HttpException} by its status;</li>
 *   <li>Spring AI: {@code org.springframework.ai.retry.TransientAiException}, which it throws for a 429 or a 5xx
 *       answer (a rate limit when its message says 429, else a server error); Spring's {@code HttpClientErrorException$TooManyRequests} and {@code HttpServerErrorException} and
 *       its subclasses;</li>
 *   <li>the JDK: {@code java.net.SocketTimeoutException}, {@code java.net.http.HttpTimeoutException} and
 *       {@code HttpConnectTimeoutException} (timeouts), {@code java.net.ConnectException} and
 *       {@code NoRouteToHostException} (no connection).</li>
 * </ul>
 *
 * A status in a message counts when it follows "HTTP", "status" or "status code", opens the message before a colon
 * (openai-java's "429: ..."), or stands before its reason phrase ("429 Too Many Requests", "503 Service
 * Unavailable"): 429 is a rate limit, 500-599 a server error; other
 * statuses (a 400 is the request's fault, a 401 the configuration's) are not the provider's.
 *
 * <p>Each such run carries {@code cause: provider} in results.json ({@link RunCause}).
 */
public final class ProviderErrors {

    /** What kind of provider failure a run shows. */
    public enum Kind {
        RATE_LIMIT, SERVER_ERROR, TIMEOUT, CONNECTION;

        /** Its name in results.json: "rate-limit", "server-error", "timeout", "connection". */
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Its name in the reports: "rate limit", "server error", "timeout", "connection". */
        public String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * A provider failure.
     *
     * @param kind what failed
     * @param status the HTTP status the failure names, or null
     */
    public record Failure(Kind kind, Integer status) {

        /** The cause a run in error for this failure carries. */
        public RunCause cause() {
            return RunCause.provider(kind.json(), status);
        }
    }

    private static final Map<String, Kind> TYPES = Map.ofEntries(
            Map.entry("com.openai.errors.RateLimitException", Kind.RATE_LIMIT),
            Map.entry("com.openai.errors.InternalServerException", Kind.SERVER_ERROR),
            Map.entry("com.openai.errors.OpenAIIoException", Kind.CONNECTION),
            Map.entry("com.openai.errors.OpenAIRetryableException", Kind.SERVER_ERROR),
            Map.entry("dev.langchain4j.exception.RateLimitException", Kind.RATE_LIMIT),
            Map.entry("dev.langchain4j.exception.InternalServerException", Kind.SERVER_ERROR),
            Map.entry("dev.langchain4j.exception.TimeoutException", Kind.TIMEOUT),
            Map.entry("dev.langchain4j.exception.RetriableException", Kind.SERVER_ERROR),
            Map.entry("dev.langchain4j.exception.UnresolvedModelServerException", Kind.CONNECTION),
            Map.entry("org.springframework.web.client.HttpClientErrorException$TooManyRequests", Kind.RATE_LIMIT),
            Map.entry("java.net.SocketTimeoutException", Kind.TIMEOUT),
            Map.entry("java.net.http.HttpTimeoutException", Kind.TIMEOUT),
            Map.entry("java.net.http.HttpConnectTimeoutException", Kind.TIMEOUT),
            Map.entry("java.net.ConnectException", Kind.CONNECTION),
            Map.entry("java.net.NoRouteToHostException", Kind.CONNECTION));

    /** Types that are the provider's only with a status of 429 or 5xx in their message. */
    private static final Set<String> BY_STATUS = Set.of(
            "com.openai.errors.UnexpectedStatusCodeException", "com.openai.errors.OpenAIServiceException",
            "dev.langchain4j.exception.HttpException");

    /** Spring AI's transient failure, which it throws for a 429 or a 5xx answer: a server error unless it says 429. */
    private static final String TRANSIENT_TYPE = "org.springframework.ai.retry.TransientAiException";

    private static final String SERVER_ERROR_TYPE = "org.springframework.web.client.HttpServerErrorException";

    private static final Pattern STATUS = Pattern.compile(
            "(?i)(?:\\bHTTP(?:/\\d(?:\\.\\d)?)?|\\bstatus(?:\\s+code)?)[\\s:=]*(\\d{3})\\b"
                    + "|^\\s*(\\d{3}):"
                    + "|\\b(\\d{3})\\s+(?:Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable"
                    + "|Gateway Timeout)\\b");
    private static final Pattern CAUSED_BY = Pattern.compile("(?m)^\\s*Caused by: ([\\w.$]+)(?::|$)");

    private ProviderErrors() {
    }

    /** The provider failure a run shows, or null when it shows none (or it passed or was skipped). */
    public static Failure of(RunOutcome outcome, String type, String message, String stackTrace) {
        if (outcome == RunOutcome.FAILED) {
            // TestNG's failures are exceptions too; an assertion's type is none of the provider's
            return byType(type, message);
        }
        if (outcome != RunOutcome.ERROR) {
            return null;
        }
        Failure found = byType(type, message);
        if (found != null || stackTrace == null) {
            return found;
        }
        Matcher cause = CAUSED_BY.matcher(stackTrace);
        while (cause.find()) {
            int end = stackTrace.indexOf('\n', cause.end());
            String line = stackTrace.substring(cause.end(), end < 0 ? stackTrace.length() : end);
            found = byType(cause.group(1), line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Failure byType(String type, String message) {
        if (type == null) {
            return null;
        }
        Integer status = status(message);
        Kind kind = TYPES.get(type);
        if (kind != null) {
            return new Failure(kind, status);
        }
        if (type.equals(TRANSIENT_TYPE)) {
            return new Failure(status != null && status == 429 ? Kind.RATE_LIMIT : Kind.SERVER_ERROR, status);
        }
        if (type.equals(SERVER_ERROR_TYPE) || type.startsWith(SERVER_ERROR_TYPE + "$")) {
            return new Failure(Kind.SERVER_ERROR, status);
        }
        if (BY_STATUS.contains(type) && status != null) {
            if (status == 429) {
                return new Failure(Kind.RATE_LIMIT, status);
            }
            if (status >= 500 && status <= 599) {
                return new Failure(Kind.SERVER_ERROR, status);
            }
        }
        return null;
    }

    /** The first HTTP status {@code message} names, or null. */
    static Integer status(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = STATUS.matcher(message);
        while (matcher.find()) {
            String digits = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            int status = Integer.parseInt(digits);
            if (status >= 100 && status <= 599) {
                return status;
            }
        }
        return null;
    }
}
