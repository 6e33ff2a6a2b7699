package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a run failed, when it was not the test's own doing: a run in error because the model's provider failed (a rate
 * limit, a server error, a timeout, no connection). Written flat in the run, and only then.
 *
 * @param cause {@value #PROVIDER}, or null for a run whose failure (if any) is the test's
 * @param providerError {@code rate-limit}, {@code server-error}, {@code timeout} or {@code connection}
 * @param httpStatus the HTTP status the failure names, when it names one
 * @param excluded true when {@code aitest.providerErrors=exclude} left the run out of every pass rate
 */
@JsonPropertyOrder({"cause", "providerError", "httpStatus", "excluded"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunCause(String cause, String providerError, Integer httpStatus, Boolean excluded) {

    /** {@link #cause} of a provider failure. */
    public static final String PROVIDER = "provider";

    /** A run whose failure, if any, is the test's own. */
    public static final RunCause NONE = new RunCause(null, null, null, null);

    public RunCause {
        excluded = Boolean.TRUE.equals(excluded) ? Boolean.TRUE : null;
    }

    /** A provider failure of kind {@code kind} ({@link #providerError}), naming {@code status} (or null). */
    public static RunCause provider(String kind, Integer status) {
        return new RunCause(PROVIDER, kind, status, null);
    }

    /** Whether the provider failed the run. */
    public boolean fromProvider() {
        return PROVIDER.equals(cause);
    }

    /** Whether the run is left out of every pass rate (not a bean getter: {@link #excluded} is the property). */
    public boolean leftOut() {
        return Boolean.TRUE.equals(excluded);
    }

    /** This cause, left out of the pass rates. */
    public RunCause exclude() {
        return new RunCause(cause, providerError, httpStatus, Boolean.TRUE);
    }
}
