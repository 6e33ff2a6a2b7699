package dev.aitest.report;

import dev.aitest.facts.BaselineView;
import dev.aitest.facts.Facts;
import dev.aitest.facts.HistoryView;
import dev.aitest.facts.Formats;
import dev.aitest.facts.Rate;
import dev.aitest.model.Results;
import dev.aitest.model.Totals;
import java.util.ArrayList;
import java.util.List;
import dev.aitest.model.Money;
import dev.aitest.model.Tokens;
import java.util.Locale;

/** The lines printed at the end of a run: the failed and flaky tests, then the totals. */
public final class ConsoleReport {

    /** Rows of the failed and flaky table before the rest is left to results.json. */
    public static final int MAX_ROWS = 25;
    /** Regressed tests named under the comparison with the baseline. */
    public static final int MAX_BASELINE_ROWS = 10;

    private ConsoleReport() {
    }

    /** The closing lines for {@code results}, whose files are in {@code reportsLocation}. */
    public static List<String> lines(Results results, String reportsLocation) {
        return lines(Facts.of(results), reportsLocation);
    }

    /** The closing lines for the results of {@code facts}, whose files are in {@code reportsLocation}. */
    public static List<String> lines(Facts facts, String reportsLocation) {
        Results results = facts.results();
        List<String> lines = new ArrayList<>();
        List<Facts.TestLine> interesting = new ArrayList<>(facts.failed());
        interesting.addAll(facts.flaky());
        if (!interesting.isEmpty()) {
            lines.add("aitest: failed and flaky tests:");
            lines.add(String.format(Locale.ROOT, "aitest:   %-7s %-24s %s", "OUTCOME", "PASSED", "TEST"));
            for (Facts.TestLine test : interesting.subList(0, Math.min(MAX_ROWS, interesting.size()))) {
                lines.add(String.format(Locale.ROOT, "aitest:   %-7s %-24s %s", test.outcome(),
                        test.rate().evidence(), Formats.withoutBidiControls(test.id())));
            }
            if (interesting.size() > MAX_ROWS) {
                lines.add("aitest:   ... and " + (interesting.size() - MAX_ROWS) + " more in results.json");
            }
        }
        Totals s = results.totals();
        Rate overall = facts.rate();
        String rate = s.countedRuns() == 0 ? "n/a (no run counted)" : overall.rate() + " (" + overall.runs() + " runs"
                + (overall.interval() == null ? "" : "; " + facts.confidence() + " CI " + overall.interval()) + ")";
        // the iterations these results hold: a shard's, or those a budget or a stop let run, not the run's N
        int held = results.iterationTotals().isEmpty() ? results.run().iterations() : results.iterationTotals().size();
        String iterations = held == results.run().iterations() ? held + " iterations"
                : held + " of " + results.run().iterations() + " iterations";
        lines.add(String.format(Locale.ROOT,
                "aitest: %d tests x %s: %d passed, %d failed, %d flaky, %d skipped; overall pass rate %s",
                s.outcomes().tests(), iterations, s.outcomes().passed(), s.outcomes().failed(), s.outcomes().flaky(), s.outcomes().skipped(), rate));
        if (facts.conclusion() != null && facts.conclusion().line() != null) {
            lines.add("aitest: " + facts.conclusion().line());
        }
        if (!facts.belowThreshold().isEmpty()) {
            lines.add("aitest: " + facts.belowThreshold().size() + " test" + (facts.belowThreshold().size() == 1
                    ? " is" : "s are") + " below " + (facts.belowThreshold().size() == 1 ? "its" : "their")
                    + " own threshold:");
            for (Facts.TestLine test : facts.belowThreshold().subList(0, Math.min(MAX_ROWS,
                    facts.belowThreshold().size()))) {
                lines.add("aitest:   " + test.rate().evidence() + ", threshold " + test.threshold() + "  "
                        + Formats.withoutBidiControls(test.id()));
            }
            if (facts.belowThreshold().size() > MAX_ROWS) {
                lines.add("aitest:   ... and " + (facts.belowThreshold().size() - MAX_ROWS) + " more in results.json");
            }
        }
        BaselineView baseline = facts.baseline();
        if (baseline != null) {
            lines.add("aitest: against the baseline " + baseline.source() + ": pass rate " + baseline.overall() + "; "
                    + baseline.counts());
            List<BaselineView.Row> regressed = baseline.regressedRows();
            for (BaselineView.Row row : regressed.subList(0, Math.min(MAX_BASELINE_ROWS, regressed.size()))) {
                lines.add("aitest:   regressed " + Formats.withoutBidiControls(row.line()));
            }
            if (regressed.size() > MAX_BASELINE_ROWS) {
                lines.add("aitest:   ... and " + (regressed.size() - MAX_BASELINE_ROWS) + " more regressed tests in "
                        + "results.json");
            }
        }
        if (s.usage().tokens() != null || s.usage().costUsd() != null) {
            boolean saturated = Tokens.saturated(s.usage().tokens()) || Money.saturated(s.usage().costUsd());
            lines.add(String.format(Locale.ROOT, "aitest: recorded usage: %s tokens, %s%s",
                    s.usage().tokens() == null ? "no" : Formats.tokens(s.usage().tokens()),
                    s.usage().costUsd() == null ? "cost unknown" : Formats.cost(s.usage().costUsd()),
                    saturated ? " (the recorded values add up to more than aitest can count; the sums stop there)"
                            : ""));
        }
        facts.crashes().forEach(crash -> lines.add("aitest: " + crash));
        if (facts.incomplete() != null) {
            lines.add("aitest: " + facts.incomplete());
        }
        if (facts.stoppedEarly() != null) {
            lines.add("aitest: " + facts.stoppedEarly());
        }
        if (facts.adaptive() != null) {
            lines.add("aitest: " + Formats.withoutBidiControls(facts.adaptive()));
        }
        if (facts.providerErrors() != null) {
            lines.add("aitest: " + facts.providerErrors());
        }
        if (facts.classification() != null) {
            lines.add("aitest: " + facts.classification().line());
            List<Facts.FlakyCause> causes = facts.classification().tests();
            for (Facts.FlakyCause c : causes.subList(0, Math.min(MAX_ROWS, causes.size()))) {
                lines.add("aitest:   " + Formats.withoutBidiControls(c.id()) + ": " + c.cause()
                        + (c.detail() == null ? "" : ", " + Formats.withoutBidiControls(c.detail())));
                if (c.reproduce() != null) {
                    lines.add("aitest:     reproduce: " + Formats.withoutBidiControls(c.reproduce()));
                }
            }
            if (causes.size() > MAX_ROWS) {
                lines.add("aitest:   ... and " + (causes.size() - MAX_ROWS) + " more in results.json");
            }
        }
        HistoryView history = facts.history();
        if (history != null) {
            lines.add("aitest: " + history.line());
            listed(lines, "got worse", history.worse());
            listed(lines, "newly flaky", history.newlyFlaky());
            listed(lines, "environment", history.environment());
            listed(lines, "got better", history.better());
        }
        if (facts.partial() != null) {
            lines.add("aitest: " + facts.partial());
        }
        lines.add("aitest: reports in " + reportsLocation);
        return lines;
    }

    /** The first tests of {@code tests}, each on a line that starts with {@code what}. */
    private static void listed(List<String> lines, String what, List<HistoryView.Listed> tests) {
        for (HistoryView.Listed test : tests.subList(0, Math.min(MAX_ROWS, tests.size()))) {
            lines.add("aitest:   " + what + ": " + Formats.withoutBidiControls(test.id()) + ": "
                    + Formats.withoutBidiControls(test.text()));
        }
        if (tests.size() > MAX_ROWS) {
            lines.add("aitest:   ... and " + (tests.size() - MAX_ROWS) + " more in results.json");
        }
    }
}
