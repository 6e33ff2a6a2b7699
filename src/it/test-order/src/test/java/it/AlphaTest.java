package it;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AlphaTest {

    @Test
    void a() throws IOException {
        Ran.record("AlphaTest#a");
    }

    @Test
    void b() throws IOException {
        Ran.record("AlphaTest#b");
    }

    @Test
    void c() throws IOException {
        Ran.record("AlphaTest#c");
    }
}
