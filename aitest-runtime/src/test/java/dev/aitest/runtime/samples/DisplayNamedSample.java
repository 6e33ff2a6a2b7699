package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Surefire 3.5.4 reports the classname of a class with {@code @DisplayName} as that display name. */
@ExtendWith(OnlyInLauncherTests.class)
@DisplayName("Support agent")
public class DisplayNamedSample {

    @Test
    void answers() {
        AiTest.agent("support");
    }
}
