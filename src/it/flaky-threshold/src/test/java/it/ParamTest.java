package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void square(int n) {
        assertTrue(!(n == 3 && FlakyTest.iteration() == 1), "case 3 fails in iteration 1");
    }
}
