package dev.aitest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    void aFilterCoversEveryInvocationOfTheMethodsItNamesAndTheWholeClassesItNames() {
        TestFilter filter = new TestFilter("a.B#m+n,a.C");

        assertTrue(filter.covers("a.B", "m"));
        assertTrue(filter.covers("a.B", "n(int)[2]"));
        assertFalse(filter.covers("a.B", "mm"));
        assertFalse(filter.covers("a.B", ""));
        assertTrue(filter.covers("a.C", "anything"));
        assertTrue(filter.covers("a.C", ""));
        assertFalse(filter.covers("a.D", "m"));
        assertFalse(filter.covers("a.Bx", "m"));
    }

    @Test
    void noTestIsNoFilter() {
        assertNull(TestFilter.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TestFilter(" "));
    }
}
