package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the change (-Dscenario=after) does: breaks answers, fixes cites, leaves ok alone. */
class SupportTest {

    private static boolean after() {
        return "after".equals(System.getProperty("scenario"));
    }

    @Test
    void answers() {
        assertEquals("30 days", after() ? "14 days" : "30 days", "the refund window");
    }

    @Test
    void cites() {
        assertEquals("policy.md", after() ? "policy.md" : "unknown", "the source");
    }

    @Test
    void ok() {
    }
}
