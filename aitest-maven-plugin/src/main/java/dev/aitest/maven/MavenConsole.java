package dev.aitest.maven;

import dev.aitest.port.Console;
import org.apache.maven.plugin.logging.Log;

/** Progress lines to Maven's log, each escaped to one line ({@link EscapingLog}). */
final class MavenConsole implements Console {

    private final Log log;

    MavenConsole(Log log) {
        this.log = EscapingLog.of(log);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }
}
