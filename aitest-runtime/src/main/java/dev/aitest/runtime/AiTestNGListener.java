package dev.aitest.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestNGMethod;
import org.testng.ITestResult;

/**
 * Tells {@link AiTest} which TestNG test the current thread runs.
 *
 * <p>TestNG loads it by itself through {@code META-INF/services/org.testng.ITestNGListener}. It names each
 * invocation as Surefire 3.5.4's TestNG provider does in {@code TEST-*.xml}:
 * <ul>
 *   <li>{@code classname}: {@code result.getTestClass().getName()};</li>
 *   <li>{@code name}: {@code result.getName()} (the method's name, or the name an {@code ITest} gives) when the
 *       invocation has no parameters; otherwise
 *       {@code result.getName() + Arrays.toString(result.getParameters()) + "(" + n + ")"}, where {@code n} is the
 *       method's invocation count once this invocation is over, e.g. {@code word[a](1)}, {@code pair[b, 2](2)}.</li>
 * </ul>
 * Surefire computes {@code n} when the invocation ends; this listener must name the test when it starts, and
 * predicts {@code n} as the invocations of the method already finished plus those still running plus one. That is
 * exact unless invocations of one method run in parallel ({@code @DataProvider(parallel = true)}) and finish in
 * another order than they started. When a test starts the listener also records the {@link MinPassRate} in force
 * for it.
 */
public final class AiTestNGListener implements ITestListener {

    private final Map<ITestResult, Attribution.Frame> frames = new ConcurrentHashMap<>();
    private final Map<ITestNGMethod, AtomicInteger> running = new ConcurrentHashMap<>();

    /** Created by TestNG through {@link java.util.ServiceLoader}. */
    public AiTestNGListener() {
    }

    @Override
    public void onTestStart(ITestResult result) {
        try {
            int runningBefore = running.computeIfAbsent(result.getMethod(), m -> new AtomicInteger())
                    .getAndIncrement();
            int invocation = result.getMethod().getCurrentInvocationCount() + 1 + runningBefore;
            TestRef test = new TestRef(result.getTestClass().getName(), name(result, invocation));
            frames.put(result, Attribution.GLOBAL.testStarted(test));
            Thresholds.testStarted(test, () -> result.getMethod().getConstructorOrMethod().getMethod(),
                    () -> result.getTestClass().getRealClass());
        } catch (RuntimeException | LinkageError e) {
            // never disturb the test run; records of this test will be unattributed
        }
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        ended(result);
    }

    @Override
    public void onTestFailure(ITestResult result) {
        ended(result);
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        ended(result);
    }

    @Override
    public void onTestFailedButWithinSuccessPercentage(ITestResult result) {
        ended(result);
    }

    @Override
    public void onTestFailedWithTimeout(ITestResult result) {
        ended(result);
    }

    /** Nothing to do; implemented because TestNG 6 declares it without a default. */
    @Override
    public void onStart(ITestContext context) {
    }

    /** Nothing to do; implemented because TestNG 6 declares it without a default. */
    @Override
    public void onFinish(ITestContext context) {
    }

    private void ended(ITestResult result) {
        Attribution.Frame frame = frames.remove(result);
        if (frame == null) {
            return;
        }
        Attribution.GLOBAL.finished(frame);
        try {
            AtomicInteger count = running.get(result.getMethod());
            if (count != null) {
                count.decrementAndGet();
            }
        } catch (RuntimeException e) {
            // the count only refines the invocation number
        }
    }

    /** Surefire's {@code TestNGReporter.testName}, with the invocation number given. */
    static String name(ITestResult result, int invocation) {
        String name = result.getName();
        Object[] parameters = result.getParameters();
        if (parameters == null || parameters.length == 0) {
            return name;
        }
        String values;
        try {
            values = Arrays.toString(parameters);
        } catch (RuntimeException e) {
            values = "[?]";
        }
        return name + values + "(" + invocation + ")";
    }
}
