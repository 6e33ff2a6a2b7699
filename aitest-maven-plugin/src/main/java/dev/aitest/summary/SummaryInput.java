package dev.aitest.summary;

import dev.aitest.model.AgentStats;
import dev.aitest.model.IterationSummary;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.Summary;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.report.FailureSignatures;
import dev.aitest.report.Formats;
import dev.aitest.gate.PassRateGate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text sent to the model: facts with keys (every number the report may show, computed here), then the failed
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
    /** Characters kept of a failure message. */
    static final int MESSAGE_CHARS = 600;
    /** Lines kept of a failure message. */
    static final int MESSAGE_LINES = 8;
    /** Characters kept of one stack-trace line. */
    static final int TRACE_LINE_CHARS = 240;
    /** Tests named per failure signature at most. */
    static final int MAX_GROUP_TESTS = 20;
    /** Iterations listed one by one at most. */
    static final int MAX_ITERATIONS_LISTED = 50;

    private static final Pattern FRAMEWORK_FRAME = Pattern.compile("\\s*at (?:java\\.base/)?(?:jdk\\.internal\\.|"
            + "java\\.lang\\.reflect\\.|sun\\.reflect\\.|java\\.util\\.stream\\.|java\\.util\\.ArrayList\\.forEach|"
            + "java\\.util\\.Iterator\\.forEachRemaining|org\\.junit\\.|junit\\.framework\\.|org\\.testng\\.internal\\.|"
            + "org\\.apache\\.maven\\.surefire\\.|org\\.opentest4j\\.).*");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?\\b");

    /** Estimated tokens of a text: one per 3.5 characters, a deliberately high count for English and code. */
    public static int estimateTokens(String text) {
        return (int) Math.ceil(text.length() / 3.5);
    }

    /** How much detail one rendering carries. */
    private record Shape(boolean passingDetail, boolean otherNames, int traceLines, int messagesPerTest, int testsKept,
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
        Builder builder = new Builder(results, redactor, compact);
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
        Rendered rendered = builder.render(chosen, leftOut(builder, chosen, compact));
        int estimated = promptTokens + estimateTokens(rendered.text);
        List<String> leftOut = new ArrayList<>(rendered.leftOut);
        if (estimated > maxTokens) {
            leftOut.add("nothing more could be left out: the overall facts alone exceed the budget");
        }
        return new SummaryInput(rendered.text, Collections.unmodifiableMap(rendered.facts), List.copyOf(leftOut),
                estimated);
    }

    private static Shape withTests(Shape s, int kept) {
        return new Shape(s.passingDetail, s.otherNames, s.traceLines, s.messagesPerTest, kept, s.groupsKept);
    }

    private static Shape withGroups(Shape s, int kept) {
        return new Shape(s.passingDetail, s.otherNames, s.traceLines, s.messagesPerTest, s.testsKept, kept);
    }

    private static boolean fits(Builder builder, Shape shape, int promptTokens, int maxTokens) {
        // what is left out only adds a few lines; render it too, so that the estimate is exact
        Rendered rendered = builder.render(shape, leftOut(builder, shape, builder.compact));
        return promptTokens + estimateTokens(rendered.text) <= maxTokens;
    }

    /** The largest k in 0..n for which {@code fits} holds, given that it holds for every smaller k (0 if none). */
    private static int largest(int n, java.util.function.IntPredicate fits) {
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

    private static List<String> leftOut(Builder b, Shape shape, boolean compact) {
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

    private record Rendered(String text, Map<String, String> facts, List<String> leftOut) {
    }

    /** One failure signature within one test: the runs that share it. */
    private record Failure(String signature, List<Run> runs) {
    }

    /** Everything derived once from the results; {@link #render} lays it out for one shape. */
    private static final class Builder {
        final Results results;
        final Redactor redactor;
        final boolean compact;
        final List<TestResult> interesting = new ArrayList<>();
        final List<TestResult> passing = new ArrayList<>();
        final List<TestResult> skipped = new ArrayList<>();
        final Map<TestResult, Integer> number = new HashMap<>();
        final List<FailureSignatures.Group> groups;
        final Map<String, Integer> groupNumber = new HashMap<>();
        final Map<TestResult, List<Failure>> failures = new HashMap<>();
        final Map<String, TestResult> byId = new HashMap<>();

        Builder(Results results, Redactor redactor, boolean compact) {
            this.results = results;
            this.redactor = redactor;
            this.compact = compact;
            int n = 0;
            for (TestResult test : results.tests()) {
                number.put(test, ++n);
                byId.put(test.id(), test);
                switch (test.outcome()) {
                    case FAILED, FLAKY -> interesting.add(test);
                    case PASSED -> passing.add(test);
                    case SKIPPED -> skipped.add(test);
                }
            }
            groups = FailureSignatures.group(results.tests());
            for (int i = 0; i < groups.size(); i++) {
                groupNumber.put(groups.get(i).signature(), i + 1);
            }
        }

        List<Failure> failures(TestResult test) {
            return failures.computeIfAbsent(test, t -> {
                Map<String, List<Run>> bySignature = new LinkedHashMap<>();
                for (Run run : t.iterations()) {
                    if (run.outcome().isFailure()) {
                        bySignature.computeIfAbsent(FailureSignatures.signature(run.type(), run.message()),
                                s -> new ArrayList<>()).add(run);
                    }
                }
                List<Failure> list = new ArrayList<>();
                bySignature.forEach((s, runs) -> list.add(new Failure(s, runs)));
                return list;
            });
        }

        int longestTrace(List<TestResult> tests) {
            int longest = 0;
            for (TestResult test : tests) {
                for (Failure failure : failures(test)) {
                    longest = Math.max(longest, traceLines(failure.runs().get(0).stackTrace(), Integer.MAX_VALUE).size());
                }
            }
            return longest;
        }

        Rendered render(Shape shape, List<String> leftOut) {
            Map<String, String> facts = new LinkedHashMap<>();
            StringBuilder out = new StringBuilder(8_192);
            String title = results.project() == null ? "the project" : results.project().name();
            out.append("# Test results of ").append(clean(title)).append("\n\n");
            out.append("aitest ran every test ").append(results.iterations()).append(" time(s) (iterations). Outcomes "
                    + "per run: passed, failed (assertion), error (exception or crashed JVM), skipped. A test is "
                    + "flaky when some of its runs passed and some did not; failed when none passed.\n\n");

            overallFacts(facts);
            List<TestResult> sent = interesting.subList(0, shape.testsKept);
            List<FailureSignatures.Group> sentGroups = groups.subList(0, shape.groupsKept);
            Set<String> sentSignatures = new LinkedHashSet<>();
            sentGroups.forEach(g -> sentSignatures.add(g.signature()));
            out.append("## Facts\n\nWrite a fact's key in double braces, e.g. {{overall.passRate}}, wherever you use its "
                    + "value; aitest puts the exact value in. Facts of single tests, signatures and agents are given "
                    + "with them below as key = value.\n\n");
            out.append("| key | value |\n|---|---|\n");
            facts.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
            out.append('\n');

            out.append("## Failed and flaky tests\n\n");
            if (interesting.isEmpty()) {
                out.append("None: every test passed in every iteration it ran.\n\n");
            }
            for (TestResult test : sent) {
                testSection(out, facts, test, shape, sentSignatures);
            }
            if (sent.size() < interesting.size()) {
                out.append("(").append(interesting.size() - sent.size()).append(" more failed or flaky tests were left "
                        + "out to fit the input budget.)\n\n");
            }

            if (!groups.isEmpty()) {
                out.append("## Failures by signature\n\nEvery failed run, grouped by its exception and message with "
                        + "numbers and ids replaced by <n> and <id>; the most frequent first.\n\n");
                for (int i = 0; i < sentGroups.size(); i++) {
                    FailureSignatures.Group g = sentGroups.get(i);
                    String key = "group." + (i + 1);
                    out.append("### ").append(key).append('\n');
                    out.append("facts: ").append(fact(facts, key + ".signature", clean(g.signature()))).append("; ")
                            .append(fact(facts, key + ".runs", Integer.toString(g.runs()))).append("; ")
                            .append(fact(facts, key + ".tests", Integer.toString(g.tests().size()))).append('\n');
                    out.append("tests: ").append(testRefs(g.tests(), sent)).append('\n');
                    out.append("example message: ").append(message(g.example())).append("\n\n");
                }
                if (sentGroups.size() < groups.size()) {
                    out.append("(").append(groups.size() - sentGroups.size()).append(" more signatures were left out to "
                            + "fit the input budget.)\n\n");
                }
            }

            agents(out, facts);

            if (!passing.isEmpty() || !skipped.isEmpty()) {
                out.append("## Passing and skipped tests\n\n");
                if (shape.otherNames) {
                    for (TestResult test : passing) {
                        if (shape.passingDetail) {
                            testSection(out, facts, test, shape, sentSignatures);
                        } else {
                            out.append("- test.").append(number.get(test)).append(" = ").append(clean(test.id()))
                                    .append('\n');
                        }
                    }
                    for (TestResult test : skipped) {
                        out.append("- test.").append(number.get(test)).append(" = ").append(clean(test.id()))
                                .append(" (skipped in every iteration)\n");
                    }
                } else {
                    out.append("tests.passed = ").append(facts.get("tests.passed")).append(" passing and tests.skipped = ")
                            .append(facts.get("tests.skipped")).append(" skipped tests (names left out).\n");
                }
                out.append('\n');
            }

            if (!leftOut.isEmpty()) {
                out.append("## Left out to fit the input budget\n\n");
                leftOut.forEach(l -> out.append("- ").append(l).append('\n'));
                out.append("\nDo not guess about what was left out.\n");
            }
            return new Rendered(out.toString(), facts, leftOut);
        }

        private void overallFacts(Map<String, String> facts) {
            Summary s = results.summary();
            int counted = s.passedRuns() + s.failedRuns();
            PassRateGate.Verdict gate = PassRateGate.check(s, results.minPassRate(), "results.json");
            facts.put("overall.verdict", counted == 0 ? "NO RUNS (no run counted)"
                    : gate.passed() ? "PASS (meets the threshold)" : "FAIL (below the threshold)");
            facts.put("overall.passRate", Formats.percent(s.passRate()));
            facts.put("overall.passedRuns", Integer.toString(s.passedRuns()));
            facts.put("overall.countedRuns", Integer.toString(counted));
            facts.put("overall.threshold", Formats.threshold(results.minPassRate()));
            facts.put("overall.iterations", Integer.toString(results.iterations()));
            facts.put("tests.total", Integer.toString(s.tests()));
            facts.put("tests.passed", Integer.toString(s.passed()));
            facts.put("tests.failed", Integer.toString(s.failed()));
            facts.put("tests.flaky", Integer.toString(s.flaky()));
            facts.put("tests.skipped", Integer.toString(s.skipped()));
            facts.put("runs.total", Integer.toString(s.runs()));
            facts.put("runs.failed", Integer.toString(s.failedRuns()));
            facts.put("runs.skipped", Integer.toString(s.skippedRuns()));
            facts.put("usage.tokens", s.tokens() == null ? "none recorded" : Formats.tokens(s.tokens()));
            facts.put("usage.cost", s.costUsd() == null ? "unknown" : Formats.cost(s.costUsd()));
            if (!results.unpricedModels().isEmpty()) {
                facts.put("usage.unpricedModels", clean(String.join(", ", results.unpricedModels())));
            }
            if (results.unattributed() != null) {
                facts.put("usage.unattributedTokens", Formats.tokens(results.unattributed().tokens()));
            }
            List<IterationSummary> its = results.iterationSummaries();
            long crashed = its.stream().filter(i -> i.crash() != null).count();
            facts.put("iterations.crashed", Long.toString(crashed));
            if (its.size() <= MAX_ITERATIONS_LISTED) {
                for (IterationSummary it : its) {
                    String key = "iteration." + it.iteration();
                    facts.put(key + ".passRate", Formats.percent(it.passRate()));
                    facts.put(key + ".failed", Integer.toString(it.failed()));
                    if (it.crash() != null) {
                        facts.put(key + ".crash", clean(message(it.crash())));
                    }
                }
            }
        }

        private void agents(StringBuilder out, Map<String, String> facts) {
            List<AgentStats> agents = results.agents();
            if (agents.isEmpty()) {
                return;
            }
            out.append("## Agents\n\nRanked by pass rate, then cost (cheapest first), then name; agent.1 ranks first.\n\n");
            for (int i = 0; i < agents.size(); i++) {
                AgentStats a = agents.get(i);
                String key = "agent." + (i + 1);
                List<String> own = List.of(
                        fact(facts, key + ".name", clean(a.agent())),
                        fact(facts, key + ".passRate", Formats.percent(a.passRate())),
                        fact(facts, key + ".passed", a.passedRuns() + " of " + (a.passedRuns() + a.failedRuns())
                                + " counted runs"),
                        fact(facts, key + ".tests", Integer.toString(a.tests())),
                        fact(facts, key + ".tokens", Formats.tokens(a.tokens())),
                        fact(facts, key + ".cost", a.costUsd() == null ? "unknown" : Formats.cost(a.costUsd())));
                out.append("- ").append(String.join("; ", own)).append('\n');
            }
            out.append('\n');
        }

        private void testSection(StringBuilder out, Map<String, String> facts, TestResult test, Shape shape,
                Set<String> sentSignatures) {
            String key = "test." + number.get(test);
            List<String> own = new ArrayList<>();
            own.add(fact(facts, key + ".id", clean(test.id())));
            own.add(fact(facts, key + ".outcome", test.outcome().json()));
            own.add(fact(facts, key + ".passRate", Formats.percent(test.passRate())));
            own.add(fact(facts, key + ".passed", test.passedRuns() + " of " + (test.passedRuns() + test.failedRuns())
                    + " counted runs"));
            if (test.tokens() != null) {
                own.add(fact(facts, key + ".tokens", Formats.tokens(test.tokens())));
            }
            if (test.costUsd() != null) {
                own.add(fact(facts, key + ".cost", Formats.cost(test.costUsd())));
            }
            out.append("### ").append(key).append(" = ").append(clean(test.id())).append(" (")
                    .append(test.outcome().json()).append(")\n");
            out.append("facts: ").append(String.join("; ", own)).append('\n');
            out.append("iterations: ");
            List<String> outcomes = new ArrayList<>();
            for (Run run : test.iterations()) {
                outcomes.add(run.iteration() + " " + run.outcome().json());
            }
            out.append(String.join(", ", outcomes)).append('\n');
            agentsAndModels(out, test);
            if (test.outcome() == TestOutcome.FAILED || test.outcome() == TestOutcome.FLAKY) {
                List<Failure> all = failures(test);
                List<Failure> kept = all.subList(0, Math.min(all.size(), shape.messagesPerTest));
                out.append("failures:\n");
                for (Failure f : kept) {
                    Run first = f.runs().get(0);
                    List<String> iterations = f.runs().stream().map(r -> Integer.toString(r.iteration())).toList();
                    Integer group = sentSignatures.contains(f.signature()) ? groupNumber.get(f.signature()) : null;
                    out.append("- iteration").append(iterations.size() > 1 ? "s " : " ")
                            .append(String.join(", ", iterations)).append(group == null ? "" : " (group." + group + ")")
                            .append(": ").append(first.outcome().json()).append(", ")
                            .append(first.type() == null ? "" : clean(simple(first.type())) + ": ")
                            .append(indent(message(first.message()))).append('\n');
                    List<String> trace = traceLines(first.stackTrace(), shape.traceLines);
                    if (!trace.isEmpty()) {
                        out.append("  stack trace:\n");
                        trace.forEach(l -> out.append("    ").append(l).append('\n'));
                    }
                }
                if (kept.size() < all.size()) {
                    out.append("- (").append(all.size() - kept.size()).append(" more distinct failure(s) left out)\n");
                }
            }
            metrics(out, test);
            out.append('\n');
        }

        private void agentsAndModels(StringBuilder out, TestResult test) {
            List<String> agents = new ArrayList<>();
            List<String> models = new ArrayList<>();
            for (Run run : test.iterations()) {
                if (run.agent() != null) {
                    agents.add(run.iteration() + " " + clean(run.agent()));
                }
                if (run.models() != null) {
                    models.add(run.iteration() + " " + clean(String.join("+", run.models())));
                }
            }
            if (test.agent() != null) {
                out.append("agent: ").append(clean(test.agent())).append('\n');
            } else if (!agents.isEmpty()) {
                out.append("agent by iteration: ").append(String.join(", ", agents)).append('\n');
            }
            Set<String> distinct = new LinkedHashSet<>();
            test.iterations().stream().map(Run::models).filter(Objects::nonNull).forEach(distinct::addAll);
            if (distinct.size() == 1 && models.size() == test.iterations().size()) {
                out.append("model: ").append(clean(distinct.iterator().next())).append('\n');
            } else if (!models.isEmpty()) {
                out.append("models by iteration: ").append(String.join(", ", models)).append('\n');
            }
        }

        private void metrics(StringBuilder out, TestResult test) {
            Map<String, List<String>> byName = new LinkedHashMap<>();
            for (Run run : test.iterations()) {
                if (run.metrics() != null) {
                    run.metrics().forEach((name, value) -> byName.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(run.iteration() + ": " + number(value)));
                }
            }
            if (!byName.isEmpty()) {
                out.append("metrics by iteration:\n");
                byName.forEach((name, values) -> out.append("- ").append(clean(name)).append(" = ")
                        .append(String.join(", ", values)).append('\n'));
            }
        }

        private String testRefs(List<String> ids, List<TestResult> sent) {
            List<String> refs = new ArrayList<>();
            Set<TestResult> sentTests = new java.util.HashSet<>(sent);
            for (String id : ids.subList(0, Math.min(ids.size(), MAX_GROUP_TESTS))) {
                TestResult t = byId.get(id);
                refs.add(t != null && sentTests.contains(t) ? "test." + number.get(t) : clean(id));
            }
            return String.join(", ", refs) + (ids.size() > MAX_GROUP_TESTS
                    ? " and " + (ids.size() - MAX_GROUP_TESTS) + " more" : "");
        }

        /** A test's text: redacted, timestamps replaced, one line. */
        private String clean(String text) {
            if (text == null) {
                return "";
            }
            String redacted = redactor.redact(text);
            return TIMESTAMP.matcher(redacted).replaceAll("<timestamp>").replace('\r', ' ').replace('\n', ' ');
        }

        /** A failure message: redacted, timestamps replaced, at most a few lines. */
        private String message(String text) {
            if (text == null || text.isBlank()) {
                return "(no message)";
            }
            String redacted = TIMESTAMP.matcher(redactor.redact(text.strip())).replaceAll("<timestamp>");
            List<String> lines = redacted.lines().limit(MESSAGE_LINES).toList();
            String joined = String.join("\n", lines);
            if (joined.length() > MESSAGE_CHARS) {
                joined = joined.substring(0, MESSAGE_CHARS) + " ...(cut)";
            } else if (redacted.lines().count() > MESSAGE_LINES) {
                joined += "\n...(cut)";
            }
            return joined;
        }

        /** The head of a stack trace without the framework's frames, redacted. */
        private List<String> traceLines(String trace, int max) {
            if (trace == null || max <= 0) {
                return List.of();
            }
            List<String> kept = new ArrayList<>();
            int skipped = 0;
            for (String line : redactor.redact(trace).lines().toList()) {
                if (FRAMEWORK_FRAME.matcher(line).matches()) {
                    skipped++;
                    continue;
                }
                if (kept.size() == max) {
                    break;
                }
                String trimmed = line.strip();
                if (!trimmed.isEmpty()) {
                    kept.add(TIMESTAMP.matcher(trimmed.length() > TRACE_LINE_CHARS
                            ? trimmed.substring(0, TRACE_LINE_CHARS) + "..." : trimmed).replaceAll("<timestamp>"));
                }
            }
            return kept;
        }
    }

    private static String fact(Map<String, String> facts, String key, String value) {
        facts.put(key, value);
        return key + " = " + value;
    }

    private static String indent(String text) {
        return text.replace("\n", "\n    ");
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
