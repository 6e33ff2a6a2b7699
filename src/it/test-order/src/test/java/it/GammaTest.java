package it;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GammaTest {

    @Test
    void a() throws IOException {
        Ran.record("GammaTest#a");
    }

    @Test
    void b() throws IOException {
        Ran.record("GammaTest#b");
    }

    @Test
    void c() throws IOException {
        Ran.record("GammaTest#c");
    }
}
