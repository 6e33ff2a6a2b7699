package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** JUnit 4 {@code Parameterized} sample run by {@code JUnit4ListenerTest} only. */
@RunWith(Parameterized.class)
public class Parameterized4Sample {

    @Parameterized.Parameters
    public static List<Object[]> rows() {
        return List.of(new Object[] {7}, new Object[] {-3});
    }

    private final int n;

    public Parameterized4Sample(int n) {
        this.n = n;
    }

    @Test
    public void square() {
        AiTest.metric("n", n);
    }
}
