package it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.Test;

public class LegacyTest {

    @Test
    public void argLineReachesTheJvm() {
        assertEquals("yes", System.getProperty("from.argline"));
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-javaagent:") && a.contains("jacoco")));
    }

    @Test
    public void failsInIteration1() {
        assertEquals("2", System.getProperty("aitest.iteration"));
    }
}
