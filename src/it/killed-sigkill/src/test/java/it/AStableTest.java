package it;

import org.junit.jupiter.api.Test;

class AStableTest {

    @Test
    void ok() {
    }
}
