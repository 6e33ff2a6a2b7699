package it;

import org.junit.jupiter.api.Test;

class BStableIT {

    @Test
    void ok() {
    }
}
