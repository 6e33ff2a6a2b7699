package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelCallTest {

    static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }

    @Test
    void waitsLikeAModelCall() throws Exception {
        Thread.sleep(300);
        assertNotEquals(2, iteration(), "slow answer was wrong in iteration 2");
    }

    @Test
    void writesToItsOwnTempDirectory() throws Exception {
        Path file = Files.createTempFile("answer", ".txt");
        Files.writeString(file, "iteration " + iteration());
        assertEquals("iteration " + iteration(), Files.readString(file));
        assertEquals("iteration-" + iteration(), file.getParent().getParent().getFileName().toString());
    }

    @Test
    void failsInIteration3() {
        assertNotEquals(3, iteration());
    }
}
