package dev.aitest.runtime.samples;

import dev.aitest.runtime.MinPassRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A superclass whose {@link MinPassRate} its subclass inherits; never run by itself (it is abstract). */
@ExtendWith(OnlyInLauncherTests.class)
@MinPassRate(80)
public abstract class BaseThresholdSample {

    @Test
    @MinPassRate(85)
    void fromBase() {
    }
}
