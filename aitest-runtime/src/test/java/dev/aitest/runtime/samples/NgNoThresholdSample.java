package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import org.testng.annotations.Test;

/** TestNG sample without {@code MinPassRate}: only its metric is written. Run by {@code TestNGListenerTest} only. */
public class NgNoThresholdSample {

    @Test
    public void free() {
        AiTest.metric("free", 1);
    }
}
