package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aitest.merge.ProviderErrors.Failure;
import dev.aitest.merge.ProviderErrors.Kind;
import dev.aitest.model.RunOutcome;
import org.junit.jupiter.api.Test;

/** Provider failures told apart from a run's type, message and trace, as Surefire's XML holds them. */
class ProviderErrorsTest {

    private static Failure error(String type, String message) {
        return ProviderErrors.of(RunOutcome.ERROR, type, message, null);
    }

    @Test
    void theClientsOwnTypesSayWhatFailed() {
        assertEquals(new Failure(Kind.RATE_LIMIT, 429), error("com.openai.errors.RateLimitException",
                "429: Rate limit reached for gpt-4o-mini in organization org-x on requests per min"));
        assertEquals(new Failure(Kind.SERVER_ERROR, null), error("com.openai.errors.InternalServerException",
                "The server had an error while processing your request"));
        assertEquals(new Failure(Kind.CONNECTION, null), error("com.openai.errors.OpenAIIoException", "Request failed"));
        assertEquals(new Failure(Kind.RATE_LIMIT, null), error("dev.langchain4j.exception.RateLimitException", "slow down"));
        assertEquals(new Failure(Kind.SERVER_ERROR, null), error("dev.langchain4j.exception.InternalServerException", null));
        assertEquals(new Failure(Kind.TIMEOUT, null), error("dev.langchain4j.exception.TimeoutException", "timed out"));
        assertEquals(new Failure(Kind.TIMEOUT, null), error("java.net.SocketTimeoutException", "Read timed out"));
        assertEquals(new Failure(Kind.TIMEOUT, null), error("java.net.http.HttpTimeoutException", "request timed out"));
        assertEquals(new Failure(Kind.CONNECTION, null), error("java.net.ConnectException", "Connection refused"));
        assertEquals(new Failure(Kind.RATE_LIMIT, 429), error(
                "org.springframework.web.client.HttpClientErrorException$TooManyRequests", "429 Too Many Requests"));
        assertEquals(new Failure(Kind.SERVER_ERROR, 503), error(
                "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable", "503 Service Unavailable"));
    }

    @Test
    void generalTypesCountOnlyWithAProvidersStatus() {
        assertEquals(new Failure(Kind.RATE_LIMIT, 429), error("org.springframework.ai.retry.TransientAiException",
                "HTTP 429 - {\"error\": {\"message\": \"Rate limit reached\"}}"));
        assertEquals(new Failure(Kind.SERVER_ERROR, 503), error("org.springframework.ai.retry.TransientAiException",
                "HTTP 503 - upstream connect error"));
        assertEquals(new Failure(Kind.SERVER_ERROR, null), error("org.springframework.ai.retry.TransientAiException",
                "temporarily unavailable"));
        assertEquals(new Failure(Kind.SERVER_ERROR, 502), error("com.openai.errors.UnexpectedStatusCodeException",
                "502: Bad Gateway"));
        assertEquals(new Failure(Kind.RATE_LIMIT, 429), error("dev.langchain4j.exception.HttpException",
                "status code: 429; body: {}"));
        // the request's fault, or the configuration's: not the provider's
        assertNull(error("com.openai.errors.UnexpectedStatusCodeException", "status code 400"));
        assertNull(error("dev.langchain4j.exception.HttpException", "HTTP 401 Unauthorized"));
        assertNull(error("com.openai.errors.OpenAIServiceException", "no status at all"));
    }

    @Test
    void aProviderFailureWrappedInAnotherExceptionIsFoundInTheTrace() {
        String trace = "java.lang.RuntimeException: the agent failed\n"
                + "\tat com.example.Agent.answer(Agent.java:12)\n"
                + "Caused by: java.util.concurrent.ExecutionException: boom\n"
                + "\tat java.base/java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:396)\n"
                + "Caused by: com.openai.errors.RateLimitException: 429: Rate limit reached\n"
                + "\tat com.openai.core.handlers.ErrorHandler.handle(ErrorHandler.kt:40)\n";
        assertEquals(new Failure(Kind.RATE_LIMIT, 429),
                ProviderErrors.of(RunOutcome.ERROR, "java.lang.RuntimeException", "the agent failed", trace));
        assertEquals(new Failure(Kind.CONNECTION, null), ProviderErrors.of(RunOutcome.ERROR,
                "java.lang.IllegalStateException", "no answer", "java.lang.IllegalStateException: no answer\n"
                        + "Caused by: java.net.ConnectException\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)"));
    }

    @Test
    void theTransientAndUnreachableFailuresOfOpenAiJavaAndLangChain4jAreTheProviders() {
        assertEquals(new ProviderErrors.Failure(ProviderErrors.Kind.SERVER_ERROR, null),
                error("com.openai.errors.OpenAIRetryableException", "stream interrupted"));
        assertEquals(new ProviderErrors.Failure(ProviderErrors.Kind.SERVER_ERROR, null),
                error("dev.langchain4j.exception.RetriableException", "try again"));
        assertEquals(new ProviderErrors.Failure(ProviderErrors.Kind.CONNECTION, null),
                error("dev.langchain4j.exception.UnresolvedModelServerException", "api.example.invalid"));
        // the request's or the configuration's fault, not the provider's
        assertNull(error("dev.langchain4j.exception.AuthenticationException", "HTTP 401"));
        assertNull(error("com.openai.errors.BadRequestException", "400: bad"));
    }

    @Test
    void testNgReportsEveryExceptionAsAFailureSoAFailureOfAProvidersTypeIsTheProviders() {
        assertEquals(new ProviderErrors.Failure(ProviderErrors.Kind.TIMEOUT, null),
                ProviderErrors.of(RunOutcome.FAILED, "java.net.SocketTimeoutException", "Read timed out", null));
        assertEquals(new ProviderErrors.Failure(ProviderErrors.Kind.RATE_LIMIT, 429),
                ProviderErrors.of(RunOutcome.FAILED, "com.openai.errors.RateLimitException", "429: slow down", null));
    }

    @Test
    void assertionFailuresAndOtherErrorsAreNeverTheProviders() {
        // the test's own verdict on the code under test, whatever status its message names
        assertNull(ProviderErrors.of(RunOutcome.FAILED, "org.opentest4j.AssertionFailedError",
                "expected: <200> but was: <503 Service Unavailable>", null));
        assertNull(ProviderErrors.of(RunOutcome.FAILED, "java.lang.AssertionError", "HTTP 429",
                "java.lang.AssertionError\nCaused by: com.openai.errors.RateLimitException: 429: slow down"));
        assertNull(ProviderErrors.of(RunOutcome.PASSED, null, null, null));
        assertNull(error("java.lang.NullPointerException", "HTTP 503 in a message of another error"));
        assertNull(error(null, "HTTP 429"));
        // a number that is no status
        assertNull(ProviderErrors.status("expected 429 items"));
        assertEquals(429, ProviderErrors.status("HTTP/1.1 429"));
        assertEquals(500, ProviderErrors.status("Status: 500"));
        assertEquals(504, ProviderErrors.status("got 504 Gateway Timeout"));
    }
}
