package dev.aitest.runtime.order;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Runs the test methods of each JUnit Jupiter class in a shuffled order of the iteration's seed
 * ({@code aitest.order=random}): each class its own order, from seed + (the hash of the class name) x
 * 0x9E3779B97F4A7C15, the methods named by their name and parameter types. aitest-maven-plugin names it as
 * {@code junit.jupiter.testmethod.order.default}. When the plugin lists the tests in an order
 * ({@code aitest.testOrder}), the methods run in the order they are listed in. A class with its own
 * {@code @TestMethodOrder} keeps it.
 */
public final class SeededMethodOrderer implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        java.util.Map<String, Integer> listed = SeededOrder.listed();
        if (listed != null) {
            Class<?> type = context.getTestClass();
            SeededOrder.list(context.getMethodDescriptors(), m -> type, m -> "#" + m.getMethod().getName(), listed);
            return;
        }
        Long seed = SeededOrder.seed();
        if (seed != null) {
            long own = seed + context.getTestClass().getName().hashCode() * 0x9E3779B97F4A7C15L;
            SeededOrder.shuffle(context.getMethodDescriptors(), SeededMethodOrderer::name, own);
        }
    }

    /** {@code name(type, type)}: what tells overloads apart. */
    static String name(MethodDescriptor method) {
        return method.getMethod().getName() + Arrays.stream(method.getMethod().getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }
}
