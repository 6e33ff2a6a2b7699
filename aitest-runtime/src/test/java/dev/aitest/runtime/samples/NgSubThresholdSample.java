package dev.aitest.runtime.samples;

import org.testng.annotations.Test;

/** Inherits the class {@code MinPassRate} of {@link NgThresholdSample}; run by {@code TestNGListenerTest} only. */
public class NgSubThresholdSample extends NgThresholdSample {

    @Test
    public void sub() {
    }
}
