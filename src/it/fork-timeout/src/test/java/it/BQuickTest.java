package it;

import org.junit.jupiter.api.Test;

class BQuickTest {

    @Test
    void quick() {
    }
}
