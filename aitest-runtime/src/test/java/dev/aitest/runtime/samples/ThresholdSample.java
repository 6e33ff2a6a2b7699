package dev.aitest.runtime.samples;

import dev.aitest.runtime.MinPassRate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MinPassRate} on a class, its methods and nested classes; run by {@code JUnitPlatformListenerTest} only. */
@ExtendWith(OnlyInLauncherTests.class)
@MinPassRate(70)
public class ThresholdSample {

    @Test
    @MinPassRate(90)
    void strict() {
    }

    @Test
    void fromClass() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void param(int i) {
    }

    @ParameterizedTest
    @ValueSource(strings = "x")
    @MinPassRate(95.5)
    void strictParam(String s) {
    }

    @TestFactory
    @MinPassRate(60)
    Stream<DynamicTest> dyn() {
        return Stream.of(DynamicTest.dynamicTest("first", () -> { }), DynamicTest.dynamicTest("second", () -> { }));
    }

    @Nested
    class Inner {
        @Test
        void inherits() {
        }
    }

    @Nested
    @MinPassRate(50)
    class Own {
        @Test
        void own() {
        }

        @Test
        @MinPassRate(0)
        void zero() {
        }

        @Nested
        class Deeper {
            @Test
            void nearestEnclosing() {
            }
        }
    }
}
