package dev.aitest.report;

import dev.aitest.facts.BaselineView;
import dev.aitest.facts.AiMarkdown;
import dev.aitest.facts.Facts;
import dev.aitest.facts.HistoryView;
import dev.aitest.facts.Formats;
import dev.aitest.facts.Rate;
import dev.aitest.model.Results;
import dev.aitest.model.Totals;
import dev.aitest.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code report.md} for CI job summaries and pull-request comments: the verdict and header numbers, the
 * leaderboard, the failed and flaky tests with their first failure, and the failure signatures. It stays under
 * {@link #MAX_BYTES}: rows that do not fit are left out and counted in a line that says so.
 */
public final class MarkdownReport {

    /** The size the report keeps under. */
    public static final int MAX_BYTES = 60_000;
    /** Bytes kept back, while the test table is written, for the sections after it. */
    private static final int RESERVE = 12_000;
    /** Rows of the leaderboard and of the signature table. */
    private static final int MAX_ROWS = 10;
    /** Rows of the comparison with the baseline. */
    private static final int MAX_BASELINE_ROWS = 30;
    /** Characters kept of a failure message, a signature or a note. */
    private static final int MAX_TEXT = 160;

    private MarkdownReport() {
    }

    /** Writes the report of {@code facts} to {@code file}, whole or not at all. */
    public static void write(Facts facts, Path file) throws IOException {
        String text = render(facts);
        AtomicFiles.write(file, out -> out.write(text));
    }

    /** The whole report of {@code results}. */
    public static String render(Results results) {
        return render(Facts.of(results));
    }

    /** The whole report. */
    public static String render(Facts view) {
        Totals s = view.totals();
        Out md = new Out();
        md.add("# aitest: " + escape(view.title()) + "\n\n");
        if (view.incomplete() != null) {
            md.add("> \u26D4 **" + escape(view.incomplete()) + "**\n\n");
        }
        for (String crash : view.crashes()) {
            md.add("> \u26A0\uFE0F **" + escape(crash) + "**\n\n");
        }
        if (view.stoppedEarly() != null) {
            md.add("> \u23F8\uFE0F **" + escape(view.stoppedEarly()) + "**\n\n");
        }
        if (view.adaptive() != null) {
            md.add("> " + escape(view.adaptive()) + "\n\n");
        }
        if (view.providerErrors() != null) {
            md.add("> " + escape(view.providerErrors()) + "\n\n");
        }
        if (view.partial() != null) {
            md.add("> \u2702\uFE0F **" + escape(view.partial()) + "**\n\n");
        }
        Rate rate = view.rate();
        md.add("**" + (view.verdict().passed() ? "\u2705 " : "\u274C ") + view.verdict().label() + "**: overall pass rate **"
                + rate.rate() + "** (" + rate.runs() + " runs" + (rate.interval() == null ? ""
                        : ", " + view.confidence() + " CI " + rate.interval()) + "), threshold `aitest.minPassRate` "
                + view.threshold() + "\n\n");
        if (view.conclusion() != null) {
            md.add("_" + capitalized(view.conclusion().text()) + "._\n\n");
        }
        boolean tokens = view.tokens() != null;
        boolean cost = view.cost() != null;
        md.add("| Iterations | Tests | Passed | Failed | Flaky | Skipped | Runs | Duration |" + (tokens ? " Tokens |" : "")
                + (cost ? " Cost |" : "") + "\n");
        md.add("|---:|---:|---:|---:|---:|---:|---:|---:|" + (tokens ? "---:|" : "") + (cost ? "---:|" : "") + "\n");
        md.add("| " + view.iterations() + " | " + s.outcomes().tests() + " | " + s.outcomes().passed() + " | " + s.outcomes().failed() + " | "
                + s.outcomes().flaky() + " | " + s.outcomes().skipped() + " | " + s.runs() + " | " + view.duration() + " |"
                + (tokens ? " " + view.tokens() + " |" : "") + (cost ? " " + view.cost() + " |" : "") + "\n\n");

        if (!view.modules().isEmpty()) {
            md.add("## Modules\n\nEach module is judged on its own pass rate, against its own `aitest.minPassRate`.\n\n"
                    + "| Module | Verdict | Pass rate | Threshold | Tests | Failed | Flaky |\n"
                    + "|---|---|---|---|---:|---:|---:|\n");
            List<String> rows = new ArrayList<>();
            for (Facts.ModuleRow m : view.modules()) {
                rows.add("| " + code(m.module()) + (m.incomplete() ? " (incomplete)" : "") + " | "
                        + (m.passed() ? "\u2705 " : "\u274C ") + m.verdict() + " | " + m.rate().evidence()
                        + " | " + m.threshold() + " | " + m.totals().outcomes().tests() + " | " + m.totals().outcomes().failed() + " | "
                        + m.totals().outcomes().flaky() + " |\n");
            }
            md.rows(rows, Integer.MAX_VALUE, MAX_BYTES - RESERVE, "modules");
        }

        ai(md, view.ai());

        if (!view.leaderboard().isEmpty()) {
            md.add("## Agent leaderboard\n\n| # | Agent | Pass rate | Standing | Runs | Tests | Tokens | Cost | Latency |\n"
                    + "|---:|---|---|---|---:|---:|---:|---:|---:|\n");
            List<String> rows = new ArrayList<>();
            for (Facts.AgentRow a : view.leaderboard()) {
                rows.add("| " + a.rank() + " | " + code(a.agent()) + " | " + a.rate().evidence() + " | " + a.standing()
                        + " | " + a.runs() + " | " + a.tests() + " | " + a.tokens() + " | " + (a.cost() == null ? "n/a" : a.cost())
                        + " | " + (a.latency() == null ? "n/a" : a.latency()) + " |\n");
            }
            md.rows(rows, MAX_ROWS, MAX_BYTES - RESERVE, "agents");
        }

        if (!view.reliability().isEmpty()) {
            reliability(md, view);
        }

        if (!view.belowThreshold().isEmpty()) {
            md.add("## Tests below their own threshold\n\n| Test | Pass rate | Threshold | Evidence |\n|---|---|---|---|\n");
            List<String> below = new ArrayList<>();
            view.belowThreshold().forEach(t -> below.add("| " + (t.module() == null ? "" : code(t.module()) + " ")
                    + code(t.id()) + " | " + t.rate().evidence() + " | " + t.threshold() + " | " + t.conclusion() + " |\n"));
            md.rows(below, Integer.MAX_VALUE, MAX_BYTES - RESERVE, "tests below their threshold");
        }

        BaselineView baseline = view.baseline();
        if (baseline != null) {
            md.add("## Compared with the baseline\n\n" + (baseline.regressed() ? "\u274C " : baseline.improved()
                    ? "\u2705 " : "") + "Pass rate **" + escape(baseline.overall()) + "** against "
                    + code(baseline.source()) + ". " + baseline.counts() + ".\n\n");
            baseline.agents().forEach(a -> md.add("- " + escape(a) + "\n"));
            if (!baseline.agents().isEmpty()) {
                md.add("\n");
            }
            if (!baseline.rows().isEmpty()) {
                md.add("| Change | Test | Then | Now | p (adjusted) |\n|---|---|---|---|---|\n");
                List<String> changed = new ArrayList<>();
                baseline.rows().forEach(r -> changed.add("| " + r.change() + " | " + (r.module() == null ? ""
                        : code(r.module()) + " ") + code(r.id()) + " | " + r.then() + " | " + r.now() + " | "
                        + (r.p().isEmpty() ? "" : r.p() + " (" + r.adjusted() + ")") + " |\n"));
                md.rows(changed, MAX_BASELINE_ROWS, MAX_BYTES - RESERVE, "compared tests");
            }
        }

        md.add("## Failed and flaky tests\n\n");
        List<String> rows = new ArrayList<>();
        view.failed().forEach(t -> rows.add(testRow("\u274C failed", t)));
        view.flaky().forEach(t -> rows.add(testRow("\u26A0\uFE0F flaky", t)));
        if (rows.isEmpty()) {
            md.add("None: every test passed in every iteration it ran.\n\n");
        } else {
            md.add("| Outcome | Test | Pass rate | First failure |\n|---|---|---|---|\n");
            md.rows(rows, Integer.MAX_VALUE, MAX_BYTES - RESERVE, "failed or flaky tests");
        }

        Facts.Classification classification = view.classification();
        if (classification != null) {
            md.add("## Why the flaky tests are flaky\n\n" + escape(classification.line()) + ".\n\n");
            if (!classification.tests().isEmpty()) {
                md.add("| Test | Cause | Evidence | Reproduce |\n|---|---|---|---|\n");
                List<String> causes = new ArrayList<>();
                for (Facts.FlakyCause c : classification.tests()) {
                    causes.add("| " + code(c.id()) + " | " + escape(c.cause()) + " | " + (c.detail() == null ? ""
                            : escape(c.detail())) + " | " + (c.reproduce() == null ? "" : code(c.reproduce())) + " |\n");
                }
                md.rows(causes, Integer.MAX_VALUE, MAX_BYTES - RESERVE, "classified tests");
            }
        }

        HistoryView history = view.history();
        if (history != null) {
            md.add("## Across builds\n\n" + escape(history.line()) + ".\n\nPass rate per build, oldest first: "
                    + escape(history.series().get(0).points().stream().map(HistoryView.Point::value)
                            .collect(java.util.stream.Collectors.joining(", "))) + ".\n\n");
            List<String> listed = new ArrayList<>();
            history.worse().forEach(t -> listed.add("| got worse | " + code(t.id()) + " | " + escape(t.text()) + " |\n"));
            history.newlyFlaky().forEach(t -> listed.add("| newly flaky | " + code(t.id()) + " | " + escape(t.text())
                    + " |\n"));
            history.environment().forEach(t -> listed.add("| environment | " + code(t.id()) + " | "
                    + escape(t.text()) + " |\n"));
            history.better().forEach(t -> listed.add("| got better | " + code(t.id()) + " | " + escape(t.text())
                    + " |\n"));
            if (!listed.isEmpty()) {
                md.add("| Across builds | Test | Evidence |\n|---|---|---|\n");
                md.rows(listed, Integer.MAX_VALUE, MAX_BYTES - RESERVE, "tests across builds");
            }
        }

        if (!view.failureGroups().isEmpty()) {
            md.add("## Failures by signature\n\n| Runs | Tests | Signature |\n|---:|---:|---|\n");
            List<String> groups = new ArrayList<>();
            view.failureGroups().forEach(g -> groups.add("| " + g.runs() + " | " + g.tests().size() + " | "
                    + escape(shorten(g.signature())) + " |\n"));
            md.rows(groups, MAX_ROWS, MAX_BYTES - 2_000, "signatures");
        }
        if (!view.notes().isEmpty()) {
            List<String> notes = new ArrayList<>();
            view.notes().forEach(n -> notes.add("> " + escape(shorten(n)) + "\n"));
            md.rows(notes, MAX_ROWS, MAX_BYTES - 200, "notes");
        }
        md.add("_Generated by aitest-maven-plugin from results.json._\n");
        return md.toString();
    }

    /** The AI summary (at most {@link AiMarkdown#MAX_MARKDOWN_BYTES}), or the one line that stands in for it. */
    private static void ai(Out md, Facts.AiNote ai) {
        if (!ai.present()) {
            md.add("_" + escape(ai.note()) + "_\n\n");
            return;
        }
        md.add("## AI summary\n\n_" + escape(ai.provenance()) + "_\n\n");
        md.add(AiMarkdown.toMarkdown(ai.markdown()).strip() + "\n\n");
    }

    /** pass^k for the suite and each agent, at the k a short table lists. */
    private static void reliability(Out md, Facts view) {
        List<Facts.KPoint> ks = view.reliability().get(0).points().stream()
                .filter(p -> p.listed(view.iterations())).toList();
        StringBuilder head = new StringBuilder("| pass^k |");
        StringBuilder rule = new StringBuilder("|---|");
        ks.forEach(p -> {
            head.append(" k=").append(p.k()).append(" |");
            rule.append("---:|");
        });
        md.add("## Reliability\n\npass^k is the chance that k tries of a test all pass (pass^1 is the pass rate).\n\n"
                + head + "\n" + rule + "\n");
        List<String> rows = new ArrayList<>();
        for (Facts.KChart chart : view.reliability()) {
            StringBuilder row = new StringBuilder("| ").append(chart.agent() == null ? "all tests"
                    : "agent " + code(chart.agent())).append(" |");
            chart.points().stream().filter(p -> p.listed(view.iterations()))
                    .forEach(p -> row.append(' ').append(p.value()).append(" |"));
            rows.add(row.append('\n').toString());
        }
        md.rows(rows, MAX_ROWS, MAX_BYTES - RESERVE, "agents");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String testRow(String outcome, Facts.TestLine t) {
        return "| " + outcome + " | " + (t.module() == null ? "" : code(t.module()) + " ") + code(t.id()) + " | " + t.rate().evidence() + " | "
                + (t.firstFailure() == null ? "" : escape(shorten(t.firstFailure()))) + " |\n";
    }

    /**
     * Text that Markdown shows as written: table pipes, emphasis, links, code and HTML are neutralised, line breaks
     * become spaces so that a cell stays on its row, and the controls that reorder text are dropped.
     */
    static String escape(String raw) {
        String text = Formats.withoutBidiControls(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A name in monospace that no character of it can break out of. */
    static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    private static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) + "..." : line;
    }

    /** The report being written, with its size in bytes. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();
        private int bytes;

        void add(String part) {
            text.append(part);
            bytes += part.getBytes(StandardCharsets.UTF_8).length;
        }

        /** Adds rows while at most {@code max} are added and the report stays under {@code limit} bytes. */
        void rows(List<String> rows, int max, int limit, String what) {
            int written = 0;
            for (String row : rows) {
                if (written == max || bytes + row.getBytes(StandardCharsets.UTF_8).length > limit) {
                    break;
                }
                add(row);
                written++;
            }
            if (written < rows.size()) {
                add("\n_" + (rows.size() - written) + " more " + what + " left out to keep this report short; see "
                        + "report.html or results.json._\n");
            }
            add("\n");
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
