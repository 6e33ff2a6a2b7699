package dev.aitest.runtime;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which test a record made on the current thread belongs to.
 *
 * <p>The listeners push a {@link Frame} when a test (or, for the JUnit Platform, a container such as a test
 * class) starts executing on a thread, and finish it when it ends. The frames of a thread form a chain kept in an
 * {@link InheritableThreadLocal}, so a thread created while a test runs inherits that test. A record is attributed
 * to:
 * <ol>
 *   <li>the innermost test of the current thread's chain that is still running (its own or inherited);</li>
 *   <li>nothing, when the current thread itself is executing a container outside any test (e.g.
 *       {@code @BeforeAll});</li>
 *   <li>otherwise the only test running in the JVM, when exactly one is running;</li>
 *   <li>otherwise nothing: the record is written unattributed.</li>
 * </ol>
 * A frame inherited from a test that has finished is ignored, so a pooled thread created during one test and
 * reused by a later test is attributed by rule 3, not to the earlier test.
 */
final class Attribution {

    /** The attribution the listeners and {@link AiTest} share. */
    static final Attribution GLOBAL = new Attribution();

    /** A test ({@code test != null}) or a container ({@code test == null}) executing on {@code owner}. */
    static final class Frame {
        final TestRef test;
        final Thread owner;
        final Frame previous;
        volatile boolean finished;

        Frame(TestRef test, Thread owner, Frame previous) {
            this.test = test;
            this.owner = owner;
            this.previous = previous;
        }
    }

    private final InheritableThreadLocal<Frame> current = new InheritableThreadLocal<>();
    /** Running tests (never containers), compared by identity: two invocations with one name are two tests. */
    private final Set<Frame> runningTests = ConcurrentHashMap.newKeySet();

    /** The current thread starts executing {@code test}. */
    Frame testStarted(TestRef test) {
        if (test == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        Frame frame = push(test);
        runningTests.add(frame);
        // every listener starts its tests here: the one place that sees the order they start in
        OrderLog.started(test);
        return frame;
    }

    /** The current thread starts executing a container (engine, class, parameterized method ...). */
    Frame containerStarted() {
        return push(null);
    }

    private Frame push(TestRef test) {
        Frame frame = new Frame(test, Thread.currentThread(), current.get());
        current.set(frame);
        return frame;
    }

    /**
     * The test or container of {@code frame} has ended. When the current thread started it, the thread goes
     * back to the innermost frame it started itself and that is still running (the enclosing container, or the
     * test of an enclosing launcher).
     */
    void finished(Frame frame) {
        if (frame == null) {
            return;
        }
        frame.finished = true;
        runningTests.remove(frame);
        if (current.get() == frame) {
            Thread thread = Thread.currentThread();
            Frame back = frame.previous;
            while (back != null && (back.finished || back.owner != thread)) {
                back = back.previous;
            }
            if (back == null) {
                current.remove();
            } else {
                current.set(back);
            }
        }
    }

    /** The test a record made now on the current thread belongs to, or null when it cannot be attributed. */
    TestRef current() {
        Thread thread = Thread.currentThread();
        for (Frame frame = current.get(); frame != null; frame = frame.previous) {
            if (frame.finished) {
                continue;
            }
            if (frame.test != null) {
                return frame.test;
            }
            if (frame.owner == thread) {
                return null;
            }
        }
        return onlyRunningTest();
    }

    private TestRef onlyRunningTest() {
        Iterator<Frame> running = runningTests.iterator();
        if (!running.hasNext()) {
            return null;
        }
        Frame only = running.next();
        return running.hasNext() ? null : only.test;
    }

    /** How many tests are running in the JVM (for tests). */
    int runningTestCount() {
        return runningTests.size();
    }
}
