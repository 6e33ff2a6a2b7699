package it;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class OtherTest {

    @Test
    void other() {
        fail("-Dtest=SelectedTest#chosen must not run this");
    }
}
