package dev.aitest.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lowest pass rate, in percent, a test must reach over the iterations of {@code aitest-maven-plugin}.
 *
 * <pre>{@code
 * @MinPassRate(70)
 * class SupportAgentTest {
 *
 *     @Test
 *     @MinPassRate(90)
 *     void answersTheRefundQuestion() { ... }   // must pass at least 90 % of the iterations
 *
 *     @Test
 *     void greets() { ... }                      // 70 %, from the class
 * }
 * }</pre>
 *
 * <ul>
 *   <li>On a test method it applies to that method's tests, every invocation of a parameterized, repeated or
 *       data-provider test and every dynamic test of a {@code @TestFactory} included, and wins over the class's.</li>
 *   <li>On a test class it applies to every test of the class without an annotation of its own, to the tests of
 *       its subclasses (the annotation is {@link Inherited}) and to those of its JUnit Jupiter {@code @Nested}
 *       classes, unless a nested class (or a class between it and this one) has its own.</li>
 *   <li>It wins over the plugin's {@code aitest.minTestPassRate}, which applies to the tests without it.</li>
 * </ul>
 *
 * <p>The runtime's listeners record the threshold of each test when it starts, only while the plugin runs the
 * tests; otherwise the annotation has no effect. A value outside 0 to 100 (or NaN) is ignored with one line on
 * {@code System.err} for each test it would apply to; it never fails the test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MinPassRate {

    /**
     * The lowest pass rate, in percent, from 0 to 100, e.g. {@code 80} or {@code 99.5}.
     *
     * @return the threshold in percent
     */
    double value();
}
