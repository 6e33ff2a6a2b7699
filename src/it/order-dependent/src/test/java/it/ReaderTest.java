package it;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The victim of CacheTest, in another class: it expects the cache empty. */
class ReaderTest {

    @Test
    void readsEmptyCache() {
        assertNull(System.getProperty("it.cache"), "the cache was left full");
    }
}
