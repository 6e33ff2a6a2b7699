package it;

import org.junit.jupiter.api.Test;

class PlainTest {

    @Test
    void plain() {
    }
}
