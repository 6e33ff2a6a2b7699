package dev.aitest.report;

import dev.aitest.facts.BaselineView;
import dev.aitest.facts.Facts;
import dev.aitest.facts.Rate;
import dev.aitest.model.Totals;
import java.util.ArrayList;
import java.util.List;

/**
 * The aitest page of a project's Maven site: the verdict with its interval, the counts, the modules, the tests below
 * their threshold, the failed and flaky tests, the agent leaderboard and the comparison with the baseline, read from
 * {@link Facts} as every other report is, so the page never disagrees with report.html or the console. It is written
 * into a {@link PageSink}, so that Maven's site (Doxia) and a plain HTML page are the same page.
 */
public final class SitePage {

    /** The page's title in the site's menu and on the page. */
    public static final String NAME = "aitest";
    /** Rows of a table the page lists before it points to report.html for the rest. */
    static final int MAX_ROWS = 100;

    private SitePage() {
    }

    /**
     * The page of {@code facts}.
     *
     * @param reportHref the site-relative link to the copy of report.html, or null when there is none
     * @param resultsShown results.json as the reader knows it (relative to the project)
     */
    public static void render(Facts facts, String reportHref, String resultsShown, PageSink sink) {
        sink.title(NAME + ": " + facts.title());
        sink.section(1, NAME + ": " + facts.title());
        for (String banner : new String[] {facts.incomplete(), facts.stoppedEarly(), facts.partial()}) {
            if (banner != null) {
                sink.paragraph(null, banner);
            }
        }
        Rate rate = facts.rate();
        sink.paragraph(facts.verdict().label() + ": ", "overall pass rate " + rate.rate() + " (" + rate.runs()
                + " runs" + (rate.interval() == null ? "" : "; " + facts.confidence() + " CI " + rate.interval())
                + "), threshold aitest.minPassRate " + facts.threshold() + ".");
        if (facts.conclusion() != null) {
            sink.paragraph(null, capitalized(facts.conclusion().text()) + ".");
        }
        if (reportHref != null) {
            sink.link("Every test, iteration and failure, with filters and charts: ", reportHref, "the full report",
                    " (report.html).");
        }
        counts(facts, sink);
        modules(facts, sink);
        belowThreshold(facts, sink);
        failedAndFlaky(facts, sink, reportHref != null);
        leaderboard(facts, sink);
        baseline(facts.baseline(), sink);
        if (!facts.notes().isEmpty()) {
            sink.section(2, "Notes");
            facts.notes().forEach(n -> sink.paragraph(null, n));
            sink.sectionEnd(2);
        }
        sink.paragraph(null, "Read from " + resultsShown + (facts.startedAt() == null ? ""
                : ", a run started " + facts.startedAt()) + "; mvn site runs no test.");
        sink.sectionEnd(1);
    }

    /**
     * The page of a project without results: what to run to get them.
     *
     * @param resultsShown the results.json looked for, as the reader knows it
     * @param problem why the results cannot be read when the file is there but unusable, else null
     */
    public static void renderMissing(String title, String resultsShown, String problem, PageSink sink) {
        sink.title(NAME + ": " + title);
        sink.section(1, NAME + ": " + title);
        if (problem == null) {
            sink.paragraph("No results yet: ", resultsShown + " does not exist. This page shows the results of the "
                    + "last aitest run and never runs tests itself; run the tests with aitest first, then the site, "
                    + "in one build or two:");
        } else {
            sink.paragraph("The results cannot be read: ", problem + ". Run the tests with aitest again to write "
                    + "them anew, then the site:");
        }
        sink.verbatim("mvn verify site -Daitest.iterations=5");
        sink.paragraph(null, "(with the plugin's test and verify goals bound in the build, as the plugin's README "
                + "says; aitest.reportsDirectory names another folder of results).");
        sink.sectionEnd(1);
    }

    private static void counts(Facts facts, PageSink sink) {
        Totals s = facts.totals();
        List<String> header = new ArrayList<>(List.of("Iterations", "Tests", "Passed", "Failed", "Flaky", "Skipped",
                "Runs", "Duration"));
        List<String> row = new ArrayList<>(List.of(String.valueOf(facts.iterations()), String.valueOf(s.outcomes().tests()),
                String.valueOf(s.outcomes().passed()), String.valueOf(s.outcomes().failed()), String.valueOf(s.outcomes().flaky()),
                String.valueOf(s.outcomes().skipped()), String.valueOf(s.runs()), facts.duration()));
        if (facts.tokens() != null) {
            header.add("Tokens");
            row.add(facts.tokens());
        }
        if (facts.cost() != null) {
            header.add("Cost");
            row.add(facts.cost());
        }
        sink.section(2, "Counts");
        sink.table(header, List.of(row));
        sink.sectionEnd(2);
    }

    private static void modules(Facts facts, PageSink sink) {
        if (facts.modules().isEmpty()) {
            return;
        }
        sink.section(2, "Modules");
        sink.paragraph(null, "Each module is judged on its own pass rate, against its own aitest.minPassRate.");
        List<List<String>> rows = new ArrayList<>();
        for (Facts.ModuleRow m : facts.modules()) {
            rows.add(List.of(m.module() + (m.incomplete() ? " (incomplete)" : ""), m.verdict(), m.rate().evidence(),
                    m.threshold(), String.valueOf(m.totals().outcomes().tests()), String.valueOf(m.totals().outcomes().failed()),
                    String.valueOf(m.totals().outcomes().flaky())));
        }
        sink.table(List.of("Module", "Verdict", "Pass rate", "Threshold", "Tests", "Failed", "Flaky"), rows);
        sink.sectionEnd(2);
    }

    private static void belowThreshold(Facts facts, PageSink sink) {
        if (facts.belowThreshold().isEmpty()) {
            return;
        }
        sink.section(2, "Tests below their own threshold");
        List<List<String>> rows = new ArrayList<>();
        facts.belowThreshold().stream().limit(MAX_ROWS).forEach(t -> rows.add(List.of(name(t), t.rate().evidence(),
                t.threshold(), t.conclusion() == null ? "" : t.conclusion())));
        sink.table(List.of("Test", "Pass rate", "Threshold", "Evidence"), rows);
        more(facts.belowThreshold().size(), "tests below their threshold", sink);
        sink.sectionEnd(2);
    }

    private static void failedAndFlaky(Facts facts, PageSink sink, boolean fullReport) {
        sink.section(2, "Failed and flaky tests");
        List<List<String>> rows = new ArrayList<>();
        facts.failed().forEach(t -> rows.add(testRow("failed", t)));
        facts.flaky().forEach(t -> rows.add(testRow("flaky", t)));
        if (rows.isEmpty()) {
            sink.paragraph(null, "None: every test passed in every iteration it ran.");
        } else {
            sink.table(List.of("Outcome", "Test", "Pass rate", "Runs (P passed, F failed, E error, S skipped)",
                    "First failure"), rows.subList(0, Math.min(rows.size(), MAX_ROWS)));
            more(rows.size(), "failed or flaky tests", sink);
        }
        sink.sectionEnd(2);
    }

    private static void leaderboard(Facts facts, PageSink sink) {
        if (facts.leaderboard().isEmpty()) {
            return;
        }
        sink.section(2, "Agent leaderboard");
        List<List<String>> rows = new ArrayList<>();
        for (Facts.AgentRow a : facts.leaderboard()) {
            rows.add(List.of(String.valueOf(a.rank()), a.agent(), a.rate().evidence(), a.standing(),
                    String.valueOf(a.runs()), String.valueOf(a.tests()), a.tokens(), a.cost() == null ? "n/a"
                            : a.cost()));
        }
        sink.table(List.of("#", "Agent", "Pass rate", "Standing", "Runs", "Tests", "Tokens", "Cost"), rows);
        sink.sectionEnd(2);
    }

    private static void baseline(BaselineView baseline, PageSink sink) {
        if (baseline == null) {
            return;
        }
        sink.section(2, "Compared with the baseline");
        sink.paragraph(baseline.regressed() ? "Regressed: " : baseline.improved() ? "Improved: " : null,
                "pass rate " + baseline.overall() + " against " + baseline.source() + ". " + baseline.counts() + ".");
        baseline.agents().forEach(a -> sink.paragraph(null, a));
        if (!baseline.rows().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            baseline.rows().stream().limit(MAX_ROWS).forEach(r -> rows.add(List.of(r.change(), (r.module() == null
                    ? "" : r.module() + " ") + r.id(), r.then(), r.now(), r.p().isEmpty() ? ""
                            : r.p() + " (" + r.adjusted() + ")")));
            sink.table(List.of("Change", "Test", "Then", "Now", "p (adjusted)"), rows);
            more(baseline.rows().size(), "compared tests", sink);
        }
        sink.sectionEnd(2);
    }

    private static List<String> testRow(String outcome, Facts.TestLine t) {
        return List.of(outcome, name(t), t.rate().evidence(), t.outcomes(), t.firstFailure() == null ? ""
                : t.firstFailure());
    }

    private static String name(Facts.TestLine t) {
        return t.module() == null ? t.id() : t.module() + " " + t.id();
    }

    private static void more(int rows, String what, PageSink sink) {
        if (rows > MAX_ROWS) {
            sink.paragraph(null, (rows - MAX_ROWS) + " more " + what + " are in the full report and in results.json.");
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
