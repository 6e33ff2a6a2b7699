package dev.aitest.runtime.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.aitest.runtime.samples.OnlyInLauncherTests;
import dev.aitest.runtime.samples.OrderASample;
import dev.aitest.runtime.samples.OrderBSample;
import dev.aitest.runtime.samples.OrderCSample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The orderers in the real JUnit Jupiter engine: the order of classes and methods an iteration's seed gives, the
 * same every time and for every order the classes are given in.
 */
public class SeededOrdererTest {

    @AfterEach
    void clear() {
        System.clearProperty(SeededOrder.SEED_PROPERTY);
        System.clearProperty(SeededOrder.LISTED_PROPERTY);
    }

    /** The methods in the order they ran, as "Class#method" (the class's simple name). */
    public static List<String> run(Long seed, Class<?>... classes) {
        if (seed == null) {
            System.clearProperty(SeededOrder.SEED_PROPERTY);
        } else {
            System.setProperty(SeededOrder.SEED_PROPERTY, Long.toString(seed));
        }
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(java.util.Arrays.stream(classes).map(DiscoverySelectors::selectClass).toList())
                .configurationParameters(Map.of(OnlyInLauncherTests.PARAMETER, "true",
                        "junit.jupiter.testclass.order.default", SeededClassOrderer.class.getName(),
                        "junit.jupiter.testmethod.order.default", SeededMethodOrderer.class.getName()))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                                .ifPresent(m -> ran.add(m.getClassName().replace("dev.aitest.runtime.samples.", "")
                                        + "#" + m.getMethodName()));
                    }
                });
        return ran;
    }

    /** The documented rule, written out again: sort by name, then Fisher-Yates with SplittableRandom(seed). */
    private static List<String> expected(List<String> names, long seed) {
        List<String> order = new ArrayList<>(names);
        Collections.sort(order);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return order;
    }

    @Test
    void aSeedGivesTheDocumentedOrderOfClassesAndOfTheMethodsOfEach() {
        long seed = 42;
        List<String> ran = run(seed, OrderCSample.class, OrderASample.class, OrderBSample.class);

        List<String> classes = expected(List.of("dev.aitest.runtime.samples.OrderASample",
                "dev.aitest.runtime.samples.OrderBSample", "dev.aitest.runtime.samples.OrderCSample"), seed);
        List<String> want = new ArrayList<>();
        for (String c : classes) {
            long own = seed + c.hashCode() * 0x9E3779B97F4A7C15L;
            for (String m : expected(List.of("four(org.junit.jupiter.api.TestInfo)", "one()", "three()", "two()"), own)) {
                want.add(c.replace("dev.aitest.runtime.samples.", "") + "#" + m.substring(0, m.indexOf('(')));
            }
        }
        assertEquals(want, ran);
        // given in another order, the same order: the names are sorted before the shuffle
        assertEquals(ran, run(seed, OrderBSample.class, OrderCSample.class, OrderASample.class));
        assertNotEquals(ran, run(7L, OrderASample.class, OrderBSample.class, OrderCSample.class));
    }

    @Test
    void listedTestsRunInTheirOrderAndUnlistedOnesAfterThemWhateverTheSeed() {
        String p = "dev.aitest.runtime.samples.";
        // binary names and, as -Dtest allows, simple names
        System.setProperty(SeededOrder.LISTED_PROPERTY, p + "OrderCSample#two, OrderASample#three,"
                + p + "OrderASample#one," + p + "OrderCSample#one");
        List<String> ran = run(42L, OrderASample.class, OrderCSample.class);

        assertEquals(8, ran.size());
        assertEquals(List.of("OrderCSample#two", "OrderCSample#one"), ran.subList(0, 2));
        assertEquals(List.of("OrderCSample", "OrderCSample"),
                ran.subList(2, 4).stream().map(t -> t.substring(0, t.indexOf('#'))).toList());
        assertEquals(List.of("OrderASample#three", "OrderASample#one"), ran.subList(4, 6));
    }

    @Test
    void withoutASeedTheOrderIsJUnitsOwn() {
        assertEquals(run(null, OrderASample.class), run(null, OrderASample.class));
        assertEquals(4, run(null, OrderASample.class).size());
    }
}
