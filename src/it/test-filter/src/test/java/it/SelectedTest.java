package it;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class SelectedTest {

    @Test
    void chosen() {
    }

    @Test
    void notChosen() {
        fail("-Dtest=SelectedTest#chosen must not run this");
    }
}
