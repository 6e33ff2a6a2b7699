package dev.aitest.runtime.order;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes of a JUnit Jupiter iteration in the shuffled order of its seed ({@code aitest.order=random}):
 * aitest-maven-plugin names it as {@code junit.jupiter.testclass.order.default} and passes the seed. Without a seed
 * the classes keep their order.
 */
public final class SeededClassOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Long seed = SeededOrder.seed();
        if (seed != null) {
            SeededOrder.shuffle(context.getClassDescriptors(), d -> d.getTestClass().getName(), seed);
        }
    }
}
