package dev.aitest.runtime.samples;

import dev.aitest.runtime.MinPassRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link MinPassRate} values outside 0 to 100: ignored with a warning, the class's value does not stand in. Run by
 * {@code JUnitPlatformListenerTest} only.
 */
@ExtendWith(OnlyInLauncherTests.class)
@MinPassRate(100)
public class BadThresholdSample {

    @Test
    @MinPassRate(150)
    void tooHigh() {
    }

    @Test
    @MinPassRate(-0.5)
    void negative() {
    }

    @Test
    @MinPassRate(Double.NaN)
    void notANumber() {
    }

    @Test
    void fromClass() {
    }
}
