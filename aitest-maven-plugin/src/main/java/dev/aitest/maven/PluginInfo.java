package dev.aitest.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about the plugin build, from {@code aitest.properties} filtered at build time. */
final class PluginInfo {

    private static final Properties PROPERTIES = load();

    private PluginInfo() {
    }

    /** The plugin's version. */
    static String version() {
        return PROPERTIES.getProperty("version");
    }

    /** The Surefire that runs the iterations when a project's own Surefire is older than 3.0. */
    static String pinnedSurefireVersion() {
        return PROPERTIES.getProperty("pinnedSurefireVersion");
    }

    /** The OpenAI Java SDK the plugin was built and tested with, fetched when an AI summary is asked for. */
    static String openaiVersion() {
        return PROPERTIES.getProperty("openaiVersion");
    }

    /** The Jackson BOM the plugin's build imports. */
    static String jacksonVersion() {
        return PROPERTIES.getProperty("jacksonVersion");
    }

    /** The Kotlin BOM the plugin's build imports, for the SDK's Kotlin libraries. */
    static String kotlinVersion() {
        return PROPERTIES.getProperty("kotlinVersion");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = PluginInfo.class.getResourceAsStream("aitest.properties")) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks dev/aitest/maven/aitest.properties");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
