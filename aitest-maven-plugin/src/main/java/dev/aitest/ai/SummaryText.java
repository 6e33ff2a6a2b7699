package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import dev.aitest.facts.BaselineView;
import dev.aitest.facts.Facts;
import dev.aitest.facts.TestFigures;
import dev.aitest.facts.Formats;
import dev.aitest.facts.Rate;
import dev.aitest.merge.FailureSignatures;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays out the text sent to the model for one {@link SummaryInput.Shape}: everything it shows is derived once from
 * the results and their {@link Facts} view, then rendered as often as fitting the input budget needs.
 */
final class SummaryText {

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
    /** Regressed (and improved) tests given as facts of the comparison with the baseline at most. */
    static final int MAX_BASELINE_FACTS = 10;
    private static final Pattern FRAMEWORK_FRAME = Pattern.compile("\\s*at (?:java\\.base/)?(?:jdk\\.internal\\.|"
            + "java\\.lang\\.reflect\\.|sun\\.reflect\\.|java\\.util\\.stream\\.|java\\.util\\.ArrayList\\.forEach|"
            + "java\\.util\\.Iterator\\.forEachRemaining|org\\.junit\\.|junit\\.framework\\.|org\\.testng\\.internal\\.|"
            + "org\\.apache\\.maven\\.surefire\\.|org\\.opentest4j\\.).*");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?\\b");

    record Rendered(String text, Map<String, String> facts, List<String> leftOut) {
    }

    /** One failure signature within one test: the runs that share it. */
    private record Failure(String signature, List<Run> runs) {
    }

    final Facts view;
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
    /** Each test's figures across builds, by key; empty without a history. */
    final Map<String, dev.aitest.model.HistorySummary.Test> history;

    SummaryText(Facts view, Redactor redactor, boolean compact) {
        this.view = view;
        this.results = view.results();
        this.history = dev.aitest.facts.HistoryView.byKey(results);
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
        groups = view.failureGroups();
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

    Rendered render(SummaryInput.Shape shape, List<String> leftOut) {
        Map<String, String> facts = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(8_192);
        String title = results.run().project() == null ? "the project" : results.run().project().name();
        out.append("# Test results of ").append(clean(title)).append("\n\n");
        out.append("aitest ran every test ").append(results.run().iterations()).append(" time(s) (iterations). Outcomes "
                + "per run: passed, failed (assertion), error (exception or crashed JVM), skipped. A test is "
                + "flaky when some of its runs passed and some did not; failed when none passed.\n\n");

        overallFacts(facts);
        List<TestResult> sent = interesting.subList(0, shape.testsKept());
        List<FailureSignatures.Group> sentGroups = groups.subList(0, shape.groupsKept());
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
            if (shape.otherNames()) {
                for (TestResult test : passing) {
                    if (shape.passingDetail()) {
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
        Totals s = view.totals();
        facts.put("overall.verdict", view.verdict().description());
        facts.put("overall.passRate", view.rate().rate());
        if (view.rate().interval() != null) {
            facts.put("overall.interval", view.rate().interval());
            facts.put("overall.confidence", view.confidence());
        }
        facts.put("overall.passedRuns", Integer.toString(s.counts().passedRuns()));
        facts.put("overall.countedRuns", Integer.toString(s.countedRuns()));
        facts.put("overall.threshold", view.threshold());
        if (view.conclusion() != null) {
            facts.put("overall.conclusive", view.conclusion().conclusive() ? "yes" : "no");
            facts.put("overall.settle", view.conclusion().text());
            if (s.statistics().iterationsToSettle() != null && s.statistics().iterationsToSettle() > 0) {
                facts.put("overall.iterationsToSettle", Integer.toString(s.statistics().iterationsToSettle()));
            }
        }
        view.reliability().stream().findFirst().filter(c -> c.agent() == null)
                .ifPresent(chart -> reliability(facts, "overall", chart));
        if (!view.belowThreshold().isEmpty()) {
            facts.put("tests.belowThreshold", Integer.toString(view.belowThreshold().size()));
        }
        BaselineView baseline = view.baseline();
        if (baseline != null) {
            facts.put("baseline.source", clean(baseline.source()));
            facts.put("baseline.overall", baseline.overall());
            facts.put("baseline.counts", baseline.counts());
            for (String change : List.of("regressed", "improved")) {
                List<BaselineView.Row> rows = baseline.rows().stream().filter(r -> r.change().equals(change))
                        .limit(MAX_BASELINE_FACTS).toList();
                for (int i = 0; i < rows.size(); i++) {
                    facts.put("baseline." + change + "." + (i + 1), clean(rows.get(i).line()));
                }
            }
        }
        facts.put("overall.iterations", Integer.toString(results.run().iterations()));
        if (view.adaptive() != null) {
            facts.put("adaptive", clean(view.adaptive()));
        }
        if (view.classification() != null) {
            facts.put("classification", clean(view.classification().line()));
        }
        dev.aitest.facts.HistoryView history = view.history();
        if (history != null) {
            facts.put("history", history.line());
            facts.put("history.passRatePerBuild", history.series().get(0).points().stream()
                    .map(dev.aitest.facts.HistoryView.Point::label).collect(java.util.stream.Collectors.joining("; ")));
            for (int i = 0; i < history.agents().size(); i++) {
                facts.put("history.agent." + (i + 1), clean(history.agents().get(i)));
            }
            listed(facts, "history.worse", history.worse());
            listed(facts, "history.newlyFlaky", history.newlyFlaky());
            listed(facts, "history.environment", history.environment());
            listed(facts, "history.better", history.better());
        }
        if (view.providerErrors() != null) {
            facts.put("providerErrors", view.providerErrors());
        }
        facts.put("tests.total", Integer.toString(s.outcomes().tests()));
        facts.put("tests.passed", Integer.toString(s.outcomes().passed()));
        facts.put("tests.failed", Integer.toString(s.outcomes().failed()));
        facts.put("tests.flaky", Integer.toString(s.outcomes().flaky()));
        facts.put("tests.skipped", Integer.toString(s.outcomes().skipped()));
        facts.put("runs.total", Integer.toString(s.runs()));
        facts.put("runs.failed", Integer.toString(s.counts().failedRuns()));
        facts.put("runs.skipped", Integer.toString(s.counts().skippedRuns()));
        facts.put("usage.tokens", view.tokens() == null ? "none recorded" : view.tokens());
        facts.put("usage.cost", view.cost() == null ? "unknown" : view.cost());
        if (!results.unpricedModels().isEmpty()) {
            facts.put("usage.unpricedModels", clean(String.join(", ", results.unpricedModels())));
        }
        if (results.unattributed() != null) {
            facts.put("usage.unattributedTokens", Formats.tokens(results.unattributed().tokens()));
        }
        List<IterationTotals> its = results.iterationTotals();
        long crashed = its.stream().filter(i -> i.crash() != null).count();
        facts.put("iterations.crashed", Long.toString(crashed));
        if (its.size() <= MAX_ITERATIONS_LISTED) {
            for (IterationTotals it : its) {
                String key = "iteration." + it.iteration();
                facts.put(key + ".passRate", Rate.of(it.passed(), it.passed() + it.failed(), null, null, null).rate());
                facts.put(key + ".failed", Integer.toString(it.failed()));
                if (it.crash() != null) {
                    facts.put(key + ".crash", clean(message(it.crash())));
                }
            }
        }
    }

    /** The first tests of {@code tests} as facts {@code key.1}, {@code key.2}, ... */
    private void listed(Map<String, String> facts, String key, List<dev.aitest.facts.HistoryView.Listed> tests) {
        for (int i = 0; i < Math.min(MAX_BASELINE_FACTS, tests.size()); i++) {
            facts.put(key + "." + (i + 1), clean(tests.get(i).id() + ": " + tests.get(i).text()));
        }
    }

    /** pass^k as facts, for the k a table of few columns lists (see {@link Facts.KPoint#listed}). */
    private void reliability(Map<String, String> facts, String key, Facts.KChart chart) {
        chart.points().stream().filter(p -> p.listed(results.run().iterations()))
                .forEach(p -> facts.put(key + ".passHat." + p.k(), p.value()));
    }

    private void agents(StringBuilder out, Map<String, String> facts) {
        List<Facts.AgentRow> agents = view.agents();
        if (agents.isEmpty()) {
            return;
        }
        out.append("## Agents\n\nRanked by pass rate, then cost (cheapest first), then name; agent.1 ranks first.\n\n");
        for (Facts.AgentRow a : agents) {
            String key = "agent." + a.rank();
            List<String> own = List.of(
                    fact(facts, key + ".name", clean(a.agent())),
                    fact(facts, key + ".passRate", a.rate().rate()),
                    fact(facts, key + ".interval", a.rate().interval() == null ? "none" : a.rate().interval()),
                    fact(facts, key + ".passed", a.rate().runs() + " counted runs"),
                    fact(facts, key + ".standing", a.standing()),
                    fact(facts, key + ".tests", Integer.toString(a.tests())),
                    fact(facts, key + ".tokens", a.tokens()),
                    fact(facts, key + ".cost", a.cost() == null ? "unknown" : a.cost()));
            out.append("- ").append(String.join("; ", own)).append('\n');
        }
        out.append('\n');
    }

    private void testSection(StringBuilder out, Map<String, String> facts, TestResult test, SummaryInput.Shape shape,
            Set<String> sentSignatures) {
        String key = "test." + number.get(test);
        Facts.TestLine line = Facts.line(test);
        List<String> own = new ArrayList<>();
        own.add(fact(facts, key + ".id", clean(test.id())));
        own.add(fact(facts, key + ".outcome", line.outcome()));
        for (TestFigures.Figure figure : TestFigures.of(test, line, results, history)) {
            if (figure.in(TestFigures.Output.AI)) {
                own.add(fact(facts, key + "." + figure.name(), figure.text()));
            }
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
            List<Failure> kept = all.subList(0, Math.min(all.size(), shape.messagesPerTest()));
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
                List<String> trace = traceLines(first.stackTrace(), shape.traceLines());
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
            if (run.usage().agent() != null) {
                agents.add(run.iteration() + " " + clean(run.usage().agent()));
            }
            if (run.usage().models() != null) {
                models.add(run.iteration() + " " + clean(String.join("+", run.usage().models())));
            }
        }
        if (test.usage().agent() != null) {
            out.append("agent: ").append(clean(test.usage().agent())).append('\n');
        } else if (!agents.isEmpty()) {
            out.append("agent by iteration: ").append(String.join(", ", agents)).append('\n');
        }
        Set<String> distinct = new LinkedHashSet<>();
        test.iterations().stream().map(r -> r.usage().models()).filter(Objects::nonNull).forEach(distinct::addAll);
        if (distinct.size() == 1 && models.size() == test.iterations().size()) {
            out.append("model: ").append(clean(distinct.iterator().next())).append('\n');
        } else if (!models.isEmpty()) {
            out.append("models by iteration: ").append(String.join(", ", models)).append('\n');
        }
    }

    private void metrics(StringBuilder out, TestResult test) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Run run : test.iterations()) {
            if (run.usage().metrics() != null) {
                run.usage().metrics().forEach((name, value) -> byName.computeIfAbsent(name, n -> new ArrayList<>())
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
