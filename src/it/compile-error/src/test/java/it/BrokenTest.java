package it;

import org.junit.jupiter.api.Test;

class BrokenTest {

    @Test
    void doesNotCompile() {
        int answer = "forty-two";
    }
}
