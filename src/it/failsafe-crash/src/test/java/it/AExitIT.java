package it;

import org.junit.jupiter.api.Test;

class AExitIT {

    @Test
    void exitsInIteration2() {
        if (Integer.getInteger("aitest.iteration") == 2) {
            System.exit(3);
        }
    }
}
