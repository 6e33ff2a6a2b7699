package dev.aitest.runtime.samples;

import org.junit.jupiter.api.Test;

/** Inherits the class {@code MinPassRate} of {@link BaseThresholdSample}; run by {@code JUnitPlatformListenerTest}. */
public class InheritedThresholdSample extends BaseThresholdSample {

    @Test
    void own() {
    }
}
