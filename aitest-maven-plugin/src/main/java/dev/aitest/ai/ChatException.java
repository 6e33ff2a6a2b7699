package dev.aitest.ai;

import java.time.Duration;

/**
 * Why a request to the model gave no answer. The message is aitest's own, with any text from the service
 * redacted; it never holds the key.
 */
public final class ChatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No answer within the time left. */
        TIMEOUT,
        /** HTTP 401: the key was refused. */
        UNAUTHORIZED,
        /** HTTP 403: the key may not use this model. */
        FORBIDDEN,
        /** HTTP 404: no such model, deployment or path. */
        NOT_FOUND,
        /** HTTP 429. */
        RATE_LIMITED,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** HTTP 400 or 422: the service refused the request. */
        REJECTED,
        /** No connection: refused, unknown host, TLS. */
        CONNECTION,
        /** An answer that is not a Chat Completions response. */
        MALFORMED,
        /** A well-formed answer without text. */
        EMPTY,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final int status;
    private final transient Duration retryAfter;

    /**
     * A failure.
     *
     * @param kind what went wrong
     * @param status the HTTP status, or 0 without one
     * @param retryAfter how long the service asked to wait (Retry-After), else null
     * @param message what to tell the user, without secrets
     */
    public ChatException(Kind kind, int status, Duration retryAfter, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** True for failures that a later attempt may not have: 429 and 5xx. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR;
    }
}
