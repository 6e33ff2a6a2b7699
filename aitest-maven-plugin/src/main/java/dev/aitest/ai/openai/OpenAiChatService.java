package dev.aitest.ai.openai;

import dev.aitest.secret.Redactor;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.LogLevel;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.completions.CompletionUsage;
import dev.aitest.ai.ChatException;
import dev.aitest.ai.ChatService;
import dev.aitest.ai.Endpoint;
import dev.aitest.secret.Redactor;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Chat Completions through the official OpenAI Java SDK, for OpenAI, Azure OpenAI and any compatible endpoint. The
 * SDK's own retries and logging are off: {@link dev.aitest.ai.AiSummarizer} retries, and says what happened in
 * its own words. The only class that uses the SDK: {@link dev.aitest.ai.SdkLoader} loads it together with the
 * SDK's jars, which are not part of the plugin.
 */
public final class OpenAiChatService implements ChatService {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** The bearer token sent to a local service when no key is configured. */
    public static final String NO_KEY = "no-key";

    private final OpenAIClient client;
    private final Endpoint endpoint;
    private final Redactor redactor;

    /**
     * A client for {@code endpoint}.
     *
     * @param key the key, or null for a local service that needs none
     * @param redactor cleans any text from the service before it reaches a message
     */
    public OpenAiChatService(Endpoint endpoint, String key, Redactor redactor) throws ChatException {
        this.endpoint = endpoint;
        this.redactor = redactor;
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .baseUrl(endpoint.baseUrl())
                .maxRetries(0)
                .logLevel(LogLevel.OFF)
                .disableTelemetry(true);
        if (endpoint.azure()) {
            if (key == null) {
                throw new ChatException(ChatException.Kind.UNAUTHORIZED, 0, null, "Azure OpenAI needs a key");
            }
            builder.credential(AzureApiKeyCredential.create(key))
                    .azureUrlPathMode(endpoint.azureV1() ? AzureUrlPathMode.UNIFIED : AzureUrlPathMode.LEGACY);
            if (endpoint.apiVersion() != null) {
                builder.azureServiceVersion(AzureOpenAIServiceVersion.fromString(endpoint.apiVersion()));
            }
        } else if (key != null) {
            builder.apiKey(key);
        } else {
            // a local service (Ollama, vLLM, LM Studio) without a key: the SDK sends a bearer token on every request,
            // so it gets a placeholder that such services ignore
            builder.apiKey(NO_KEY);
        }
        try {
            this.client = builder.build();
        } catch (RuntimeException e) {
            throw new ChatException(ChatException.Kind.OTHER, 0, null, "the OpenAI SDK could not be set up ("
                    + redactor.redact(firstLine(e.getMessage())) + ")");
        }
    }

    @Override
    public Answer ask(String model, String system, String user, Duration timeout) throws ChatException {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage(system)
                .addUserMessage(user)
                .build();
        Duration connect = timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
        RequestOptions options = RequestOptions.builder()
                .timeout(Timeout.builder().connect(connect).read(timeout).write(timeout).request(timeout).build())
                .build();
        ChatCompletion completion;
        try {
            completion = client.chat().completions().create(params, options);
        } catch (OpenAIServiceException e) {
            throw service(e);
        } catch (OpenAIIoException e) {
            throw io(e);
        } catch (OpenAIInvalidDataException e) {
            throw malformed(e);
        } catch (OpenAIException e) {
            throw new ChatException(ChatException.Kind.OTHER, 0, null, redactor.redact(firstLine(e.getMessage())));
        }
        try {
            List<ChatCompletion.Choice> choices = completion.choices();
            if (choices.isEmpty()) {
                throw new ChatException(ChatException.Kind.MALFORMED, 200, null, "the answer has no choices");
            }
            ChatCompletionMessage message = choices.get(0).message();
            Optional<String> content = message.content();
            Long input = null;
            Long output = null;
            Optional<CompletionUsage> usage = completion.usage();
            if (usage.isPresent()) {
                input = usage.get().promptTokens();
                output = usage.get().completionTokens();
            }
            if (content.isEmpty() || content.get().isBlank()) {
                Optional<String> refusal = message.refusal();
                throw new ChatException(ChatException.Kind.EMPTY, 200, null, refusal.isPresent()
                        ? "the model refused: " + redactor.redact(firstLine(refusal.get()))
                        : "the answer has no text (finish reason: " + finishReason(choices.get(0)) + ")");
            }
            String answered;
            try {
                answered = completion.model();
            } catch (OpenAIInvalidDataException e) {
                answered = null;
            }
            return new Answer(content.get(), input, output, answered);
        } catch (OpenAIInvalidDataException e) {
            throw malformed(e);
        }
    }

    private static String finishReason(ChatCompletion.Choice choice) {
        try {
            return choice.finishReason().asString();
        } catch (OpenAIException | IllegalStateException e) {
            return "none";
        }
    }

    private ChatException service(OpenAIServiceException e) {
        int status = e.statusCode();
        String said = serverMessage(e);
        String where = endpoint.kind() + " at " + endpoint.display();
        return switch (status) {
            case 401 -> new ChatException(ChatException.Kind.UNAUTHORIZED, status, null,
                    where + " refused the API key (HTTP 401)");
            case 403 -> new ChatException(ChatException.Kind.FORBIDDEN, status, null,
                    where + " does not let this API key use the model (HTTP 403" + said + ")");
            case 404 -> new ChatException(ChatException.Kind.NOT_FOUND, status, null,
                    where + " knows no such model, deployment or path (HTTP 404" + said + ")");
            case 408 -> new ChatException(ChatException.Kind.TIMEOUT, status, null, where + " timed out (HTTP 408)");
            case 429 -> new ChatException(ChatException.Kind.RATE_LIMITED, status, retryAfter(e),
                    where + " is rate-limiting this key (HTTP 429" + said + ")");
            case 400, 422 -> new ChatException(ChatException.Kind.REJECTED, status, null,
                    where + " rejected the request (HTTP " + status + said + ")");
            default -> status >= 500
                    ? new ChatException(ChatException.Kind.SERVER_ERROR, status, retryAfter(e),
                            where + " failed (HTTP " + status + said + ")")
                    : new ChatException(ChatException.Kind.OTHER, status, null,
                            where + " answered HTTP " + status + said);
        };
    }

    private ChatException io(OpenAIIoException e) {
        String where = endpoint.kind() + " at " + endpoint.display();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return new ChatException(ChatException.Kind.TIMEOUT, 0, null, where + " did not answer in time");
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return new ChatException(ChatException.Kind.CONNECTION, 0, null, "cannot connect to " + where
                        + " (" + (refused(cause) ? "connection refused" : redactor.redact(firstLine(cause.getMessage())))
                        + ")");
            }
            if (cause instanceof UnknownHostException) {
                return new ChatException(ChatException.Kind.CONNECTION, 0, null, "cannot connect to " + where
                        + " (unknown host)");
            }
            if (cause instanceof SSLException) {
                return new ChatException(ChatException.Kind.CONNECTION, 0, null, "cannot connect to " + where
                        + " (TLS: " + redactor.redact(firstLine(cause.getMessage())) + ")");
            }
        }
        Throwable root = e.getCause() == null ? e : e.getCause();
        return new ChatException(ChatException.Kind.CONNECTION, 0, null, "the connection to " + where + " failed ("
                + root.getClass().getSimpleName() + ": " + redactor.redact(firstLine(root.getMessage())) + ")");
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")) {
                return true;
            }
        }
        return false;
    }

    private ChatException malformed(OpenAIInvalidDataException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new ChatException(ChatException.Kind.MALFORMED, 200, null, "the answer of " + endpoint.kind() + " at "
                + endpoint.display() + " is not a Chat Completions response (" + redactor.redact(firstLine(
                        root.getMessage())) + ")");
    }

    /** ": what the service said", redacted and short, or nothing. */
    private String serverMessage(OpenAIServiceException e) {
        String message = e.getMessage();
        if (message == null) {
            return "";
        }
        String text = message.replaceFirst("^\\d{3}: ", "").strip();
        if (text.isEmpty() || text.equals("Unknown")) {
            return "";
        }
        text = redactor.redact(firstLine(text));
        return ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }

    /** The wait the service asked for: retry-after-ms, else Retry-After in seconds or as an HTTP date. */
    private static Duration retryAfter(OpenAIServiceException e) {
        try {
            List<String> millis = e.headers().values("retry-after-ms");
            if (!millis.isEmpty()) {
                return Duration.ofMillis((long) Double.parseDouble(millis.get(0).strip()));
            }
            List<String> after = e.headers().values("retry-after");
            if (!after.isEmpty()) {
                String value = after.get(0).strip();
                try {
                    return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                } catch (NumberFormatException notSeconds) {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                }
            }
        } catch (NumberFormatException | DateTimeParseException ignored) {
            // an unreadable header is treated as none
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no message";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    @Override
    public void close() {
        client.close();
    }
}
