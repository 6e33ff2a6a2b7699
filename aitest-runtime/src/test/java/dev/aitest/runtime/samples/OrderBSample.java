package dev.aitest.runtime.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A class whose methods the orderer tests shuffle. */
@ExtendWith(OnlyInLauncherTests.class)
public class OrderBSample {

    @Test
    void one() {
    }

    @Test
    void two() {
    }

    @Test
    void three() {
    }

    @Test
    void four(org.junit.jupiter.api.TestInfo info) {
    }
}
