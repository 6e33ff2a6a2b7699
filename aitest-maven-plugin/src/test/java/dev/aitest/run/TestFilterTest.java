package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestFilterTest {

    @Test
    void testsAreNamedByClassAndMethodSortedEveryInvocationOfAMethodOnce() {
        TestFilter filter = TestFilter.of(List.of(
                new TestFilter.Test("com.example.ZetaTest", "answers"),
                new TestFilter.Test("com.example.AlphaTest", "greets(String)[2]"),
                new TestFilter.Test("com.example.AlphaTest", "greets(String)[1]"),
                new TestFilter.Test("com.example.AlphaTest", "counts"),
                new TestFilter.Test("com.example.AlphaTest", "repeats[3]")));

        assertEquals("com.example.AlphaTest#counts+greets+repeats,com.example.ZetaTest#answers", filter.value());
    }

    @Test
    void aTestWithoutAMethodRunsItsWholeClass() {
        assertEquals("a.B,a.C#m", TestFilter.of(List.of(new TestFilter.Test("a.B", "m"),
                new TestFilter.Test("a.B", "[1]"), new TestFilter.Test("a.C", "m"))).value());
        assertEquals("a.B", TestFilter.of(List.of(new TestFilter.Test("a.B", ""))).value());
    }

    @Test
    void noTestIsNoFilter() {
        assertNull(TestFilter.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TestFilter(" "));
    }
}
