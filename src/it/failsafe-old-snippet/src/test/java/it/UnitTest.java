package it;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void ok() {
    }
}
