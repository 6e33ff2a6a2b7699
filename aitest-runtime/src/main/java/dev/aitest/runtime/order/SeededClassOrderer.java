package dev.aitest.runtime.order;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes of a JUnit Jupiter iteration in the shuffled order of its seed ({@code aitest.order=random}):
 * aitest-maven-plugin names it as {@code junit.jupiter.testclass.order.default} and passes the seed. Without a seed
 * the classes keep their order. When the plugin lists the tests in an order ({@code aitest.testOrder}), the classes
 * run in the order of their first listing.
 */
public final class SeededClassOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        java.util.Map<String, Integer> listed = SeededOrder.listed();
        if (listed != null) {
            SeededOrder.list(context.getClassDescriptors(), d -> d.getTestClass(), d -> "", listed);
            return;
        }
        Long seed = SeededOrder.seed();
        if (seed != null) {
            SeededOrder.shuffle(context.getClassDescriptors(), d -> d.getTestClass().getName(), seed);
        }
    }
}
