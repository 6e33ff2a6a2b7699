package dev.aitest.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells {@link AiTest} which JUnit Platform test (JUnit Jupiter, Vintage ...) the current thread runs.
 *
 * <p>The JUnit Platform launcher loads it by itself through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}: Surefire, IDEs and the console
 * launcher need no configuration. It names each test as Surefire 3.5.4 does in {@code TEST-*.xml}:
 * <ul>
 *   <li>{@code classname}: the {@code @DisplayName} of the test's nearest class (e.g. a {@code @Nested} class)
 *       when it has one, else that class's legacy reporting name, i.e. its binary name
 *       ({@code com.x.ChatTest}, {@code com.x.ChatTest$WhenOffline});</li>
 *   <li>{@code name}: the method's name ({@code adds}) for a test method without parameters, else the legacy
 *       reporting name ({@code square(int)[3]}, {@code rep()[2]}, {@code dyn()[1]}, {@code withInfo(TestInfo)});
 *       a test without a method source is named by its display name.</li>
 * </ul>
 * When a test starts it also records the {@link MinPassRate} in force for it.
 */
public final class AiTestExecutionListener implements TestExecutionListener {

    private static final Pattern TEMPLATE_INVOCATION = Pattern.compile("^.*\\[\\d+]$");
    private static final Pattern PARAMETERIZED_PARENT = Pattern.compile("^\\[.+]$");
    private static final String DISPLAY_NAME = "org.junit.jupiter.api.DisplayName";

    private final Map<TestIdentifier, Attribution.Frame> frames = new ConcurrentHashMap<>();
    private volatile TestPlan testPlan;

    /** Created by the JUnit Platform launcher through {@link java.util.ServiceLoader}. */
    public AiTestExecutionListener() {
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.testPlan = testPlan;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        for (Attribution.Frame frame : frames.values()) {
            Attribution.GLOBAL.finished(frame);
        }
        frames.clear();
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        try {
            TestRef test = testIdentifier.isTest() ? testRef(testPlan, testIdentifier) : null;
            frames.put(testIdentifier, test != null
                    ? Attribution.GLOBAL.testStarted(test)
                    : Attribution.GLOBAL.containerStarted());
            if (test != null) {
                TestSource source = testIdentifier.getSource().orElse(null);
                Thresholds.testStarted(test,
                        () -> source instanceof MethodSource method ? method.getJavaMethod() : null,
                        () -> source instanceof MethodSource method ? method.getJavaClass()
                                : source instanceof ClassSource type ? type.getJavaClass() : null);
            }
        } catch (RuntimeException | LinkageError e) {
            // never disturb the test run; records of this test will be unattributed
        }
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        Attribution.GLOBAL.finished(frames.remove(testIdentifier));
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        Attribution.GLOBAL.finished(frames.remove(testIdentifier));
    }

    /** The test's {@code classname} and {@code name} as Surefire 3.5.4 writes them. */
    static TestRef testRef(TestPlan plan, TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        MethodSource method = source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast).orElse(null);
        String className = plan == null ? null : className(plan, test);
        if (method == null) {
            return new TestRef(className != null ? className : test.getLegacyReportingName(), test.getDisplayName());
        }
        if (className == null) {
            className = method.getClassName();
        }
        String legacy = test.getLegacyReportingName();
        String parameterTypes = method.getMethodParameterTypes();
        boolean parameterized = (parameterTypes != null && !parameterTypes.isBlank())
                || TEMPLATE_INVOCATION.matcher(legacy).matches()
                || (plan != null && hasParameterizedParent(plan, test));
        return new TestRef(className, parameterized ? legacy : method.getMethodName());
    }

    /**
     * Surefire's {@code classname}: the {@code @DisplayName} of the nearest container with a class source, else
     * its legacy reporting name; without such a container, the root's legacy reporting name.
     */
    private static String className(TestPlan plan, TestIdentifier test) {
        TestIdentifier node = test;
        while (true) {
            if (node.isContainer() && node.getSource().filter(ClassSource.class::isInstance).isPresent()) {
                break;
            }
            Optional<TestIdentifier> parent = plan.getParent(node);
            if (parent.isEmpty()) {
                break;
            }
            node = parent.get();
        }
        String displayName = node.getSource()
                .filter(ClassSource.class::isInstance)
                .map(s -> displayNameAnnotation((ClassSource) s))
                .orElse(null);
        return displayName != null ? displayName : node.getLegacyReportingName();
    }

    /** The value of the {@code @DisplayName} on the class, read reflectively: Jupiter may not be there. */
    private static String displayNameAnnotation(ClassSource source) {
        try {
            for (Annotation annotation : source.getJavaClass().getAnnotations()) {
                Class<? extends Annotation> type = annotation.annotationType();
                if (DISPLAY_NAME.equals(type.getName())) {
                    Method value = type.getMethod("value");
                    return (String) value.invoke(annotation);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // fall back to the legacy reporting name
        }
        return null;
    }

    /** Whether an ancestor without a source is named like {@code [1]} (e.g. a Vintage parameterized runner). */
    private static boolean hasParameterizedParent(TestPlan plan, TestIdentifier test) {
        for (Optional<TestIdentifier> parent = plan.getParent(test); parent.isPresent();
                parent = plan.getParent(parent.get())) {
            TestIdentifier ancestor = parent.get();
            if (ancestor.getSource().isEmpty()
                    && PARAMETERIZED_PARENT.matcher(ancestor.getLegacyReportingName()).matches()) {
                return true;
            }
        }
        return false;
    }
}
