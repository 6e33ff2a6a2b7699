package dev.aitest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Results of another project or of another aitest are said to be so. */
class ProvenanceTest {

    private static final ProjectInfo AGENT = new ProjectInfo("com.example", "agent", "1.0", "Agent");

    @Test
    void resultsOfAnotherProjectOrVersionAreNamed() {
        assertEquals(List.of("aitest: target/aitest-reports/results.json holds the results of com.example:billing, not "
                + "of this project, com.example:agent; its figures are that project's",
                "aitest: target/aitest-reports/results.json was written by aitest 0.0.9, and this is aitest "
                        + "0.1.0-SNAPSHOT; its figures are judged as this version judges them"),
                Provenance.notes("target/aitest-reports/results.json",
                        new ProjectInfo("com.example", "billing", "1.0", "Billing"), "0.0.9", AGENT, "0.1.0-SNAPSHOT"));
        assertEquals(List.of("aitest: r.json holds the results of org.other:agent, not of this project, "
                + "com.example:agent; its figures are that project's"),
                Provenance.notes("r.json", new ProjectInfo("org.other", "agent", "1.0", "Agent"), "0.1.0", AGENT,
                        "0.1.0"));
    }

    @Test
    void theSameProjectAndVersionOrUnknownOnesSayNothing() {
        assertEquals(List.of(), Provenance.notes("r.json", new ProjectInfo("com.example", "agent", "2.0", "Renamed"),
                "0.1.0", AGENT, "0.1.0"));
        assertEquals(List.of(), Provenance.notes("r.json", null, null, AGENT, "0.1.0"));
        assertEquals(List.of(), Provenance.notes("r.json", AGENT, "0.1.0", null, null));
    }
}
