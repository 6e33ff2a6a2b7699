package dev.aitest.maven;

import dev.aitest.port.ConsoleText;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, each message written as one line ({@link ConsoleText#line}): every line a goal prints goes through
 * here, so no test name or message can start a line of its own. A throwable is shown by its escaped
 * {@code toString()}, never by a stack trace whose lines its message could forge.
 */
final class EscapingLog implements Log {

    private final Log log;

    private EscapingLog(Log log) {
        this.log = log;
    }

    /** {@code log} escaping every message; the same log when it already does. */
    static Log of(Log log) {
        return log instanceof EscapingLog ? log : new EscapingLog(log);
    }

    private static String line(CharSequence content) {
        return content == null ? null : ConsoleText.line(content.toString());
    }

    private static String line(CharSequence content, Throwable error) {
        String cause = error == null ? null : ConsoleText.line(error.toString());
        return content == null ? cause : cause == null ? line(content) : line(content) + ": " + cause;
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(content, error));
    }

    @Override
    public void debug(Throwable error) {
        log.debug(line(null, error));
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content, error));
    }

    @Override
    public void info(Throwable error) {
        log.info(line(null, error));
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content, error));
    }

    @Override
    public void warn(Throwable error) {
        log.warn(line(null, error));
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content, error));
    }

    @Override
    public void error(Throwable error) {
        log.error(line(null, error));
    }
}
