package it;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class BetaTest {

    @Test
    void a() throws IOException {
        Ran.record("BetaTest#a");
    }

    @Test
    void b() throws IOException {
        Ran.record("BetaTest#b");
    }

    @Test
    void c() throws IOException {
        Ran.record("BetaTest#c");
    }
}
