package it;

import org.junit.jupiter.api.Test;

/** The polluter: it leaves the shared cache full. */
class CacheTest {

    @Test
    void fillsCache() {
        System.setProperty("it.cache", "full");
    }
}
