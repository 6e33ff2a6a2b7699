package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No {@code MinPassRate} anywhere: only its metric is written. Run by {@code JUnitPlatformListenerTest} only. */
@ExtendWith(OnlyInLauncherTests.class)
public class NoThresholdSample {

    @Test
    void free() {
        AiTest.metric("free", 1);
    }
}
