package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import dev.aitest.facts.Facts;
import dev.aitest.model.Results;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The text sent to the model: facts with keys (every number the report may show, as the one {@link Facts} view
 * writes it), then the failed
 * and flaky tests with their outcome per iteration, failures grouped by signature, trimmed stack traces and
 * metrics, the agents, and the passing tests. Secrets are redacted, and nothing volatile (timestamps, durations)
 * is in it, so the same results give the same text and the same cache key.
 *
 * <p>When the text does not fit {@code aitest.summaryMaxInputTokens}, detail is left out in this order until it
 * does, and {@link #leftOut()} says what: the details of passing tests, then their names, then stack-trace lines,
 * then stack traces, then failure messages beyond two per test, then failed and flaky tests from the end of the
 * list (failed first, then flaky by pass rate, as in results.json), then failure signatures.
 *
 * @param text the user message
 * @param facts every fact the text offers, by key: the values placeholders are replaced with
 * @param leftOut what the budget left out, for the model, the report and results.json
 * @param estimatedTokens the estimated size of prompt plus text
 */
public record SummaryInput(String text, Map<String, String> facts, List<String> leftOut, int estimatedTokens) {

    /** Stack-trace lines sent per failure at most. */
    static final int TRACE_LINES = 12;
    /** Stack-trace lines once the budget bites. */
    static final int SHORT_TRACE_LINES = 5;
    /** Failure messages per test once the budget bites. */
    static final int FEW_MESSAGES = 2;

    /** Estimated tokens of a text: one per 3.5 characters, a deliberately high count for English and code. */
    public static int estimateTokens(String text) {
        return (int) Math.ceil(text.length() / 3.5);
    }

    /** How much detail one rendering carries. */
    record Shape(boolean passingDetail, boolean otherNames, int traceLines, int messagesPerTest, int testsKept,
            int groupsKept) {
    }

    /**
     * The input for {@code results}.
     *
     * @param compact send less detail for passing tests
     * @param maxTokens the budget, {@code prompt} included
     * @param prompt the system prompt, counted in the budget
     * @param redactor removes secrets from every text taken from the tests
     */
    public static SummaryInput build(Results results, boolean compact, int maxTokens, String prompt, Redactor redactor) {
        SummaryText builder = new SummaryText(Facts.of(results), redactor, compact);
        int promptTokens = estimateTokens(prompt);
        int interesting = builder.interesting.size();
        int groups = builder.groups.size();
        List<Shape> shapes = List.of(
                new Shape(!compact, true, TRACE_LINES, Integer.MAX_VALUE, interesting, groups),
                new Shape(false, true, TRACE_LINES, Integer.MAX_VALUE, interesting, groups),
                new Shape(false, false, TRACE_LINES, Integer.MAX_VALUE, interesting, groups),
                new Shape(false, false, SHORT_TRACE_LINES, Integer.MAX_VALUE, interesting, groups),
                new Shape(false, false, 0, Integer.MAX_VALUE, interesting, groups),
                new Shape(false, false, 0, FEW_MESSAGES, interesting, groups));
        Shape chosen = null;
        for (Shape shape : shapes) {
            if (fits(builder, shape, promptTokens, maxTokens)) {
                chosen = shape;
                break;
            }
        }
        if (chosen == null) {
            Shape last = shapes.get(shapes.size() - 1);
            int kept = largest(interesting, k -> fits(builder, withTests(last, k), promptTokens, maxTokens));
            chosen = withTests(last, kept);
            if (kept == 0) {
                Shape none = chosen;
                int keptGroups = largest(groups, g -> fits(builder, withGroups(none, g), promptTokens, maxTokens));
                chosen = withGroups(none, keptGroups);
            }
        }
        SummaryText.Rendered rendered = builder.render(chosen, leftOut(builder, chosen, compact));
        int estimated = promptTokens + estimateTokens(rendered.text());
        List<String> leftOut = new ArrayList<>(rendered.leftOut());
        if (estimated > maxTokens) {
            leftOut.add("nothing more could be left out: the overall facts alone exceed the budget");
        }
        return new SummaryInput(rendered.text(), Collections.unmodifiableMap(rendered.facts()), List.copyOf(leftOut),
                estimated);
    }

    private static Shape withTests(Shape s, int kept) {
        return new Shape(s.passingDetail, s.otherNames, s.traceLines, s.messagesPerTest, kept, s.groupsKept);
    }

    private static Shape withGroups(Shape s, int kept) {
        return new Shape(s.passingDetail, s.otherNames, s.traceLines, s.messagesPerTest, s.testsKept, kept);
    }

    private static boolean fits(SummaryText builder, Shape shape, int promptTokens, int maxTokens) {
        // what is left out only adds a few lines; render it too, so that the estimate is exact
        SummaryText.Rendered rendered = builder.render(shape, leftOut(builder, shape, builder.compact));
        return promptTokens + estimateTokens(rendered.text()) <= maxTokens;
    }

    /** The largest k in 0..n for which {@code fits} holds, given that it holds for every smaller k (0 if none). */
    private static int largest(int n, IntPredicate fits) {
        int low = 0;
        int high = n;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (fits.test(mid)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static List<String> leftOut(SummaryText b, Shape shape, boolean compact) {
        List<String> out = new ArrayList<>();
        int passing = b.passing.size();
        int skipped = b.skipped.size();
        if (!compact && !shape.passingDetail && passing > 0 && shape.otherNames) {
            out.add("the details of " + passing + " passing test(s) (their names were sent)");
        }
        if (!shape.otherNames && passing + skipped > 0) {
            out.add("the names of " + passing + " passing and " + skipped + " skipped test(s) (their counts were sent)");
        }
        int keptTests = shape.testsKept;
        List<TestResult> sent = b.interesting.subList(0, keptTests);
        if (shape.traceLines == SHORT_TRACE_LINES && b.longestTrace(sent) > SHORT_TRACE_LINES) {
            out.add("stack-trace lines after the first " + SHORT_TRACE_LINES);
        }
        if (shape.traceLines == 0 && b.longestTrace(sent) > 0) {
            out.add("all stack traces");
        }
        if (shape.messagesPerTest < Integer.MAX_VALUE) {
            long cut = sent.stream().filter(t -> b.failures(t).size() > shape.messagesPerTest).count();
            if (cut > 0) {
                out.add("failure messages beyond " + shape.messagesPerTest + " per test, in " + cut + " test(s)");
            }
        }
        if (keptTests < b.interesting.size()) {
            out.add((b.interesting.size() - keptTests) + " of " + b.interesting.size() + " failed or flaky tests (the "
                    + "last ones: failed tests come first, then flaky tests by pass rate)");
        }
        if (shape.groupsKept < b.groups.size()) {
            out.add((b.groups.size() - shape.groupsKept) + " of " + b.groups.size() + " failure signatures");
        }
        return out;
    }
}
