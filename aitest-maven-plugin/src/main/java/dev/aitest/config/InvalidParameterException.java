package dev.aitest.config;

/** A parameter value that cannot be used; the message names the property, the value and the fix. */
public final class InvalidParameterException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String message) {
        super(message);
    }
}
