package dev.aitest.port;

/** Where progress goes: Maven's log in the plugin, a list in tests. */
public interface Console {

    void info(String line);

    void warn(String line);
}
