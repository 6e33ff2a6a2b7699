package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attribution rules, on an instance of their own (the listeners of this very build use the global one). */
class AttributionTest {

    private static final TestRef A = new TestRef("com.x.ChatTest", "a");
    private static final TestRef B = new TestRef("com.x.ChatTest", "b");

    private final Attribution attribution = new Attribution();
    /** Single threads that exist before any test of {@link #attribution} starts, like a shared pool's. */
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final ExecutorService otherPool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void createThePoolsThreads() throws Exception {
        pool.submit(() -> { }).get();
        otherPool.submit(() -> { }).get();
    }

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
        otherPool.shutdownNow();
    }

    private TestRef onThePool() throws Exception {
        return pool.submit(attribution::current).get();
    }

    private TestRef onANewThread() throws Exception {
        TestRef[] seen = new TestRef[1];
        Thread thread = new Thread(() -> seen[0] = attribution.current());
        thread.start();
        thread.join();
        return seen[0];
    }

    @Test
    void aRecordOutsideAnyTestIsUnattributed() throws Exception {
        assertNull(attribution.current());
        assertNull(onThePool());
    }

    @Test
    void theTestsThreadAndTheThreadsItCreatesBelongToIt() throws Exception {
        Attribution.Frame a = attribution.testStarted(A);
        assertEquals(A, attribution.current());
        assertEquals(A, onANewThread());
        ExecutorService created = Executors.newSingleThreadExecutor();
        try {
            assertEquals(A, created.submit(attribution::current).get());
        } finally {
            created.shutdown();
        }
        attribution.finished(a);
        assertNull(attribution.current());
        assertEquals(0, attribution.runningTestCount());
    }

    @Test
    void aPooledThreadBelongsToTheOnlyRunningTestAndToNoneWhenSeveralRun() throws Exception {
        Attribution.Frame a = attribution.testStarted(A);
        assertEquals(A, onThePool());

        Future<Attribution.Frame> b = pool.submit(() -> attribution.testStarted(B)); // B runs on the pool
        Attribution.Frame frameB = b.get();
        assertEquals(B, onThePool(), "the pool's thread now runs B itself");
        assertEquals(A, attribution.current());
        assertEquals(2, attribution.runningTestCount());
        assertNull(otherPool.submit(attribution::current).get(), "a third thread cannot tell A from B");

        pool.submit(() -> attribution.finished(frameB)).get();
        assertEquals(A, onThePool(), "back to the only running test");
        attribution.finished(a);
        assertNull(onThePool());
    }

    @Test
    void aThreadCreatedDuringAFinishedTestBelongsToTheTestRunningNow() throws Exception {
        Attribution.Frame a = attribution.testStarted(A);
        ExecutorService sharedLater = Executors.newSingleThreadExecutor();
        try {
            assertEquals(A, sharedLater.submit(attribution::current).get()); // its thread inherits A
            attribution.finished(a);
            Attribution.Frame b = attribution.testStarted(B);
            assertEquals(B, sharedLater.submit(attribution::current).get());
            attribution.finished(b);
            assertNull(sharedLater.submit(attribution::current).get());
        } finally {
            sharedLater.shutdown();
        }
    }

    @Test
    void aThreadRunningAContainerIsNotInAnyTest() throws Exception {
        Attribution.Frame classOfA = attribution.containerStarted();
        Attribution.Frame a = attribution.testStarted(A);
        assertEquals(A, attribution.current());
        attribution.finished(a);
        assertNull(attribution.current(), "like @AfterAll");

        // another class's @BeforeAll runs while A is the only test running
        Attribution.Frame onPool = attribution.testStarted(A);
        Future<TestRef> beforeAll = pool.submit(() -> {
            Attribution.Frame classOfB = attribution.containerStarted();
            try {
                return attribution.current();
            } finally {
                attribution.finished(classOfB);
            }
        });
        assertNull(beforeAll.get());
        assertEquals(A, onThePool(), "after the container the pool's thread is outside any test again");
        attribution.finished(onPool);
        attribution.finished(classOfA);
    }

    @Test
    void aTestOfANestedRunGivesBackTheEnclosingTest() {
        Attribution.Frame outer = attribution.testStarted(A);
        Attribution.Frame engine = attribution.containerStarted();
        assertNull(attribution.current());
        Attribution.Frame inner = attribution.testStarted(B);
        assertEquals(B, attribution.current());
        attribution.finished(inner);
        assertNull(attribution.current());
        attribution.finished(engine);
        assertEquals(A, attribution.current());
        attribution.finished(outer);
        assertNull(attribution.current());
    }

    @Test
    void finishingOnAnotherThreadStillEndsTheTest() throws Exception {
        Attribution.Frame a = attribution.testStarted(A);
        pool.submit(() -> attribution.finished(a)).get();
        assertNull(attribution.current());
        assertEquals(0, attribution.runningTestCount());
        attribution.finished(null);
    }
}
