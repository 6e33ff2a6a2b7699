package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ModelIT {

    @Test
    void answers() throws Exception {
        Events.log("model " + Events.iteration());
        assertNotEquals(2, Events.iteration(), "the model answered wrongly in iteration 2");
    }
}
