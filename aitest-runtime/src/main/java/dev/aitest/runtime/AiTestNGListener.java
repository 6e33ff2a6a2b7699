package dev.aitest.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestResult;

/**
 * Tells {@link AiTest} which TestNG test the current thread runs.
 *
 * <p>TestNG loads it by itself through {@code META-INF/services/org.testng.ITestNGListener}. It names each
 * invocation as aitest identifies it in {@code TEST-*.xml}:
 * <ul>
 *   <li>{@code classname}: {@code result.getTestClass().getName()}, as Surefire's TestNG provider writes it;</li>
 *   <li>{@code name}: {@code result.getName()} (the method's name, or the name an {@code ITest} gives) when the
 *       invocation has no parameters; otherwise {@code result.getName() + Arrays.toString(result.getParameters())},
 *       e.g. {@code word[a]}, {@code pair[b, 2]}.</li>
 * </ul>
 * Surefire adds the method's invocation count once the invocation is over ({@code word[a](1)}), which is the order
 * the invocations finished in: with {@code @DataProvider(parallel = true)} it changes from one iteration to the
 * next. aitest drops it when it reads the reports, so a test is named by its parameters alone, here and there,
 * whatever the order its invocations were scheduled in. When a test starts the listener also records the
 * {@link MinPassRate} in force for it.
 */
public final class AiTestNGListener implements ITestListener {

    private final Map<ITestResult, Attribution.Frame> frames = new ConcurrentHashMap<>();

    /** Created by TestNG through {@link java.util.ServiceLoader}. */
    public AiTestNGListener() {
    }

    @Override
    public void onTestStart(ITestResult result) {
        try {
            TestRef test = new TestRef(result.getTestClass().getName(), name(result));
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
        Attribution.GLOBAL.finished(frames.remove(result));
    }

    /** Surefire's {@code TestNGReporter.testName} without the invocation number, which aitest drops. */
    static String name(ITestResult result) {
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
        return name + values;
    }
}
