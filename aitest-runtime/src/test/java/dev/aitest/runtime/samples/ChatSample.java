package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sample run by {@code JUnitPlatformListenerTest} only, sequentially. */
@ExtendWith(OnlyInLauncherTests.class)
public class ChatSample {

    @BeforeAll
    static void beforeAll() {
        AiTest.metric("beforeAll", 1); // no test running: unattributed
    }

    @BeforeEach
    void beforeEach(TestInfo info) {
        if (info.getTags().contains("agent")) {
            AiTest.agent("from-before-each");
        }
    }

    @Test
    void adds() {
        AiTest.recordUsage("gpt-4o", 120, 30);
        AiTest.recordCost(0.25);
        AiTest.agent("planner");
        AiTest.metric("score", 0.5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void square(int i) {
        AiTest.metric("square", i * i);
    }

    @Test
    @org.junit.jupiter.api.Tag("agent")
    void fromThreads() throws Exception {
        Thread thread = new Thread(() -> AiTest.recordUsage("thread-model", 1, 2));
        thread.start();
        thread.join();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> AiTest.recordUsage("executor-model", 3, 4)).get();
            executor.submit(() -> AiTest.recordUsage("executor-model", 5, 6)).get();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    @DisplayName("a pretty name")
    void displayed() {
        AiTest.metric("displayed", 1);
    }

    @Test
    void withInfo(TestInfo info) {
        AiTest.metric("withInfo", 1);
    }

    @RepeatedTest(2)
    void rep() {
        AiTest.metric("rep", 1);
    }

    @TestFactory
    Stream<DynamicTest> dyn() {
        AiTest.metric("factory", 1); // the factory is a container, not a test: unattributed
        return Stream.of(
                DynamicTest.dynamicTest("first", () -> AiTest.metric("dyn", 1)),
                DynamicTest.dynamicTest("second", () -> AiTest.metric("dyn", 2)));
    }

    @Nested
    class Inner {
        @Test
        void innerTest() {
            AiTest.recordCost(1.5);
        }
    }
}
