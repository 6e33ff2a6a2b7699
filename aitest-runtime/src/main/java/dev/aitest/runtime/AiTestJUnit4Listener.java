package dev.aitest.runtime;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.runner.Description;
import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/**
 * Tells {@link AiTest} which JUnit 4 test the current thread runs, when JUnit 4 runs the tests itself (Surefire's
 * {@code surefire-junit4} and {@code surefire-junit47} providers), not the JUnit Platform (whose tests, JUnit 4's
 * through the Vintage engine included, {@link AiTestExecutionListener} names).
 *
 * <p>JUnit 4 has no way to load a listener by itself: aitest-maven-plugin registers this one with Surefire's
 * {@code listener} provider property in each iteration when the tests run on a JUnit 4 provider. It is loaded only
 * then, so {@code junit:junit} is only needed where it is already there. It names each test as Surefire's JUnit 4
 * providers do in {@code TEST-*.xml}: {@code classname} is {@link Description#getClassName()}, {@code name} is
 * {@link Description#getMethodName()} ({@code adds}, {@code square[3]} for a {@code Parameterized} runner). JUnit 4
 * reports a test's start and end on the thread that runs it, also with Surefire's {@code parallel=methods}, so
 * records are attributed per thread as for the other frameworks. When a test starts it also records the
 * {@link MinPassRate} in force for it.
 */
@RunListener.ThreadSafe
public final class AiTestJUnit4Listener extends RunListener {

    private final Map<Description, Attribution.Frame> frames = new ConcurrentHashMap<>();
    private final Map<Description, Attribution.Frame> suites = new ConcurrentHashMap<>();

    /** Created by Surefire's JUnit 4 provider from its {@code listener} property. */
    public AiTestJUnit4Listener() {
    }

    /**
     * A test class (or a {@code Parameterized} row, a suite) starts on this thread: what it records outside its tests
     * ({@code @BeforeClass}) is unattributed, never given to a test another thread runs. JUnit 4.13 and newer say so;
     * with older versions such records are attributed as when one test runs alone.
     */
    @Override
    public void testSuiteStarted(Description description) {
        try {
            suites.put(description, Attribution.GLOBAL.containerStarted());
        } catch (RuntimeException | LinkageError e) {
            // never disturb the test run
        }
    }

    @Override
    public void testSuiteFinished(Description description) {
        Attribution.GLOBAL.finished(suites.remove(description));
    }

    @Override
    public void testStarted(Description description) {
        try {
            String name = description.getMethodName();
            if (name == null) {
                return;
            }
            TestRef test = new TestRef(description.getClassName(), name);
            frames.put(description, Attribution.GLOBAL.testStarted(test));
            Thresholds.testStarted(test, () -> method(description.getTestClass(), name), description::getTestClass);
        } catch (RuntimeException | LinkageError e) {
            // never disturb the test run; records of this test will be unattributed
        }
    }

    @Override
    public void testFinished(Description description) {
        Attribution.GLOBAL.finished(frames.remove(description));
    }

    @Override
    public void testRunFinished(Result result) {
        for (Map<Description, Attribution.Frame> open : List.of(frames, suites)) {
            for (Attribution.Frame frame : open.values()) {
                Attribution.GLOBAL.finished(frame);
            }
            open.clear();
        }
    }

    /** The public method without parameters a JUnit 4 test {@code name} runs ({@code square} of {@code square[3]}). */
    private static Method method(Class<?> testClass, String name) {
        if (testClass == null) {
            return null;
        }
        int bracket = name.indexOf('[');
        String method = bracket > 0 ? name.substring(0, bracket) : name;
        try {
            return testClass.getMethod(method);
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }
}
