package it;

import org.junit.jupiter.api.Test;

/** The state-setter: it loads the configuration UsesConfigTest needs. */
class ConfigTest {

    @Test
    void loadsConfig() {
        System.setProperty("it.config", "loaded");
    }
}
