package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests whose behaviour changes from build to build (-Dbuild=1..5), each build running 3 iterations. */
class ChangingTest {

    private static int build() {
        return Integer.parseInt(System.getProperty("build", "1"));
    }

    private static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }

    /** Passes every run of builds 1-2; from build 3 on it fails iteration 1. */
    @Test
    void turnsFlaky() {
        assertTrue(build() < 3 || iteration() != 1, "fails iteration 1 from build 3 on");
    }

    /** Stable within each build: passes every run of the odd builds, fails every run of the even ones. */
    @Test
    void environment() {
        assertTrue(build() % 2 == 1, "the even builds' machine");
    }

    /** Fails builds 1-2, fails iteration 1 of build 3, passes builds 4-5. */
    @Test
    void improves() {
        assertTrue(build() >= 4 || build() == 3 && iteration() != 1, "not fixed yet");
    }

    @Test
    void stable() {
    }
}
