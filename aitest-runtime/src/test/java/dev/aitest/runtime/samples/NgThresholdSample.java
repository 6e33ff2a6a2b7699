package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import dev.aitest.runtime.MinPassRate;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG sample with {@link MinPassRate} on the class and a method, run by {@code TestNGListenerTest} only. */
@MinPassRate(60)
public class NgThresholdSample {

    @DataProvider
    public Object[][] words() {
        return new Object[][] {{"a"}, {"b"}};
    }

    @Test(dataProvider = "words")
    @MinPassRate(75)
    public void word(String word) {
    }

    @Test
    public void plain() {
    }

    @Test(invocationCount = 2)
    public void repeated() {
    }

    @Test
    @MinPassRate(250)
    public void tooHigh() {
        AiTest.metric("tooHigh", 1); // it ran, without a threshold record
    }
}
