package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG sample run by {@code TestNGListenerTest} only (Surefire runs this module with the JUnit Platform). */
public class WordSample {

    @DataProvider
    public Object[][] words() {
        return new Object[][] {{"a"}, {"bc"}};
    }

    @DataProvider
    public Object[][] pairs() {
        return new Object[][] {{"x", 1}, {"y", 2}};
    }

    @DataProvider
    public Object[][] numbers() {
        return new Object[][] {{7}, {-3}};
    }

    @Test(dataProvider = "words")
    public void word(String word) {
        AiTest.agent("agent-" + word);
        AiTest.metric("length", word.length());
    }

    @Test(dataProvider = "pairs")
    public void pair(String s, int n) {
        AiTest.recordUsage("model-" + s, n, 10 * n);
    }

    @Test(dataProvider = "numbers")
    public void number(int n) {
        AiTest.metric("n", n);
    }

    @Test
    public void plain() throws Exception {
        Thread thread = new Thread(() -> AiTest.recordCost(0.5));
        thread.start();
        thread.join();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> AiTest.recordCost(0.25)).get();
        } finally {
            executor.shutdown();
        }
    }

    @Test(invocationCount = 2)
    public void repeated() {
        AiTest.metric("repeated", 1);
    }

    @Test(timeOut = 10_000)
    public void timed() {
        AiTest.metric("timed", 1); // TestNG runs the body on a thread of its own
    }
}
