package dev.aitest.publish;

import dev.aitest.facts.Facts;
import dev.aitest.baseline.Baseline;
import dev.aitest.history.History;
import dev.aitest.baseline.Comparison;
import dev.aitest.gate.RateStatistics;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.report.ReportOptions;
import dev.aitest.report.Reports;
import dev.aitest.secret.Redaction;
import dev.aitest.secret.Redactor;
import dev.aitest.store.AtomicFiles;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Takes results to every output, the one way for every goal: results.json first, so that nothing is lost whatever
 * happens next; then the AI summary, with results.json rewritten when it added one; then the human reports and the
 * JUnit XML, all from the one {@link Facts} view of the same results.
 *
 * <p>Outputs of one publication never disagree, even when the build is killed half-way: the reports of the last
 * publication are removed before results.json is rewritten ({@link ReportsLayout#withdrawReports}), and the new
 * ones are written into a folder of their own (while results.json is, when there is no summary to wait for) and
 * moved into place only once results.json is. A reader finds results.json with the reports of the same results,
 * or without reports, never beside reports of other results.
 *
 * <p>The policy for problems, the same for every goal: results.json that cannot be written is an error (the
 * caller's goal fails, the message names the file and why, and no new report is put in place); a summary that
 * cannot be written is a warning (the summarizer never throws); a report that cannot be written is a warning that
 * names it and says results.json is complete.
 */
public final class Publisher {

    private final ReportsLayout layout;
    private final ReportOptions options;
    private final String pluginVersion;
    private final Console console;
    private final ResultsSummarizer summarizer;
    private final Redactor redactor;
    private final Baseline baseline;
    /** Where the record of each complete run published goes ({@code aitest.history}); null for nowhere. */
    private final History history;

    /** A publisher that keeps test text as it is ({@code aitest.redact=false}). */
    public Publisher(ReportsLayout layout, ReportOptions options, String pluginVersion, Console console,
            ResultsSummarizer summarizer) {
        this(layout, options, pluginVersion, console, summarizer, null);
    }

    /**
     * A publisher.
     *
     * @param layout where everything goes
     * @param options which reports to write
     * @param pluginVersion named in the reports
     * @param console where warnings go
     * @param summarizer the AI summary, or null for none
     * @param redactor takes secrets out of the text of new results before they are written anywhere; null keeps
     *     the text as the tests wrote it
     */
    public Publisher(ReportsLayout layout, ReportOptions options, String pluginVersion, Console console,
            ResultsSummarizer summarizer, Redactor redactor) {
        this(layout, options, pluginVersion, console, summarizer, redactor, null, null);
    }

    private Publisher(ReportsLayout layout, ReportOptions options, String pluginVersion, Console console,
            ResultsSummarizer summarizer, Redactor redactor, Baseline baseline, History history) {
        this.layout = layout;
        this.options = options;
        this.pluginVersion = pluginVersion;
        this.console = console;
        this.summarizer = summarizer;
        this.redactor = redactor;
        this.baseline = baseline;
        this.history = history;
    }

    /**
     * This publisher comparing the results it publishes with {@code value} ({@code aitest.baseline}); null compares
     * with none (a comparison the results hold already is kept).
     */
    public Publisher withBaseline(Baseline value) {
        return new Publisher(layout, options, pluginVersion, console, summarizer, redactor, value, history);
    }

    /** This publisher appending the record of each complete run it publishes to {@code value} (null: nowhere). */
    public Publisher withHistory(History value) {
        return new Publisher(layout, options, pluginVersion, console, summarizer, redactor, baseline, value);
    }

    /**
     * What was published.
     *
     * @param results the results as written, with the AI summary when there is one
     * @param reports the reports written: the human reports, and the JUnit XML folder
     * @param facts what the reports were written from; null when they could not be worked out
     */
    public record Published(Results results, List<Path> reports, Facts facts) {

        /** What the reports were written from, worked out from the results when they could not be. */
        @Override
        public Facts facts() {
            return facts != null ? facts : Facts.of(results);
        }
    }

    /** True when this publisher compares what it publishes with a baseline. */
    public boolean comparesWithBaseline() {
        return baseline != null;
    }

    /**
     * Publishes new results: judged ({@link RateStatistics}: every statistic from their counts and criteria), compared with
     * the baseline when there is one ({@link Comparison}, at their confidence level), without their secrets, beside
     * the history when there is one, to results.json, the AI summary and the reports.
     */
    public Published publish(Results fresh) throws IOException {
        Results results = historied(redact(compared(RateStatistics.apply(fresh))));
        layout.withdrawReports();
        if (summarizer == null) {
            // nothing to wait for: the human reports are written while results.json is, and put in place after it
            CompletableFuture<Staged> reports = CompletableFuture.supplyAsync(() -> stageReports(results));
            try {
                writeResults(results);
            } catch (IOException | RuntimeException e) {
                reports.join().discard();
                throw e;
            }
            return recorded(reports.join().commit());
        }
        writeResults(results);
        return recorded(summarizeAndReport(results));
    }

    /** True when this publisher puts what it publishes beside a history ({@code aitest.history}). */
    public boolean readsHistory() {
        return history != null;
    }

    /** The results with their figures beside the history, when there is one (a section they hold already is kept). */
    private Results historied(Results results) {
        if (history == null) {
            return results;
        }
        dev.aitest.model.HistorySummary summary = history.summary(results, console);
        return summary == null ? results : results.toBuilder().history(summary).build();
    }

    /** {@code published}, its record appended to the history when there is one. */
    private Published recorded(Published published) {
        if (history != null) {
            history.append(published.results(), console);
        }
        return published;
    }

    /** The results with their comparison with the baseline; a baseline that shares no test with them is said. */
    private Results compared(Results results) {
        if (baseline == null) {
            return results;
        }
        BaselineComparison comparison = Comparison.compare(results, baseline, results.criteria().confidenceLevel());
        String none = Comparison.noOverlapWarning(comparison);
        if (none != null) {
            console.warn(none);
        }
        return results.toBuilder().baseline(comparison).build();
    }

    /** The results without secrets, saying once how many there were and where the raw text is. */
    private Results redact(Results results) {
        if (redactor == null) {
            return results;
        }
        Results redacted = Redaction.apply(results, redactor);
        int count = redacted.redactedSecrets();
        if (count > 0) {
            console.warn("aitest: " + count + " secret" + (count == 1 ? "" : "s") + " in what the tests reported "
                    + (count == 1 ? "was" : "were") + " replaced with " + Redactor.MASK + " in results.json and the "
                    + "reports; the raw text is in Surefire's XML in the iteration folders under " + layout.directory()
                    + " (aitest.redact=false keeps it everywhere)");
        }
        return redacted;
    }

    /** Publishes results that results.json already holds: the AI summary (rewriting results.json), the reports. */
    public Published republish(Results stored) throws IOException {
        layout.withdrawReports();
        return recorded(summarizeAndReport(stored));
    }

    /** Writes results.json alone, whole or not at all. */
    public void writeResults(Results results) throws IOException {
        ResultsJson.write(results, layout.resultsJson());
    }

    private Published summarizeAndReport(Results results) {
        Results summarized = summarize(results);
        return stageReports(summarized).commit();
    }

    /** The results with the AI summary; results.json is rewritten with it, or says why it could not be. */
    private Results summarize(Results results) {
        if (summarizer == null) {
            return results;
        }
        Results summarized;
        try {
            summarized = summarizer.summarize(results, console);
        } catch (RuntimeException e) {
            console.warn("aitest: no AI summary: unexpected error (" + e.getClass().getSimpleName() + "); the reports "
                    + "are written without it");
            return results;
        }
        if (!summarized.equals(results)) {
            try {
                writeResults(summarized);
            } catch (IOException e) {
                console.warn("aitest: results.json could not be rewritten with the AI summary (" + e.getMessage()
                        + "); it holds the results without it, the reports have it");
            }
        }
        return summarized;
    }

    /**
     * The reports of {@code results}, written into a staging folder; a failure to write one is kept for
     * {@link Staged#commit} to warn about, once results.json is in place.
     */
    private Staged stageReports(Results results) {
        ReportsLayout staging = layout.staging();
        Facts facts = null;
        IOException failed = null;
        try {
            facts = Facts.of(results);
            write(facts, staging);
        } catch (IOException e) {
            failed = e;
        } catch (RuntimeException e) {
            failed = new IOException("the reports could not be worked out (" + e + ")", e);
        }
        return new Staged(results, facts, staging, failed);
    }

    /**
     * Writes the reports of {@code facts} into {@code staging} as {@link Reports#write} does, report.html on a thread
     * of its own (it takes longest) while this one writes the others; fails as it does, naming every report that
     * could not be written, in the same order.
     */
    private void write(Facts facts, ReportsLayout staging) throws IOException {
        if (!options.html() || !options.markdown() && !options.junitXml()) {
            Reports.write(facts, staging, options, pluginVersion);
            return;
        }
        ReportOptions html = new ReportOptions(true, false, false);
        ReportOptions others = new ReportOptions(false, options.markdown(), options.junitXml());
        CompletableFuture<IOException> page = CompletableFuture.supplyAsync(() -> {
            try {
                Reports.write(facts, staging, html, pluginVersion);
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        IOException rest = null;
        try {
            Reports.write(facts, staging, others, pluginVersion);
        } catch (IOException e) {
            rest = e;
        } catch (Error e) {
            // nothing is left writing into the staging folder once this returns
            page.exceptionally(ignored -> null).join();
            throw e;
        }
        IOException first;
        try {
            first = page.join();
        } catch (CompletionException e) {
            // an Error in the page's thread, thrown as it would be had the page been written on this one
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        IOException failed = combined(first, rest);
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * What {@link Reports#write} of every report throws when writing report.html failed with {@code page} and the
     * others with {@code rest} (each null when it did not fail): null, the one that failed, or one naming every
     * report, report.html first, with the cause of the first that failed.
     */
    static IOException combined(IOException page, IOException rest) {
        if (page == null || rest == null) {
            return page == null ? rest : page;
        }
        return new IOException(page.getMessage() + "; " + rest.getMessage(), page.getCause());
    }

    /** Reports written into {@code staging}, to be moved into place or discarded. */
    private final class Staged {
        private final Results results;
        private final Facts facts;
        private final ReportsLayout staging;
        private final IOException failed;

        Staged(Results results, Facts facts, ReportsLayout staging, IOException failed) {
            this.results = results;
            this.facts = facts;
            this.staging = staging;
            this.failed = failed;
        }

        /** Moves the reports into place (results.json is); a report that cannot be is a warning naming it. */
        Published commit() {
            List<Path> written = new java.util.ArrayList<>();
            List<String> problems = new java.util.ArrayList<>();
            if (failed != null) {
                // named where the reader looks for them, not in the staging folder
                problems.add(failed.getMessage().replace(staging.directory().toString(), layout.directory()
                        .toString()));
            }
            for (Path[] report : List.of(new Path[] {staging.reportHtml(), layout.reportHtml()},
                    new Path[] {staging.reportMarkdown(), layout.reportMarkdown()},
                    new Path[] {staging.junitDirectory(), layout.junitDirectory()})) {
                if (!java.nio.file.Files.exists(report[0])) {
                    continue;
                }
                try {
                    java.nio.file.Files.move(report[0], report[1], java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    written.add(report[1]);
                } catch (IOException e) {
                    problems.add("cannot write " + report[1] + " (" + AtomicFiles.why(e) + ")");
                }
            }
            discard();
            try {
                layout.recordWritten(written);
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                console.warn("aitest: " + String.join("; ", problems) + "; " + layout.resultsJson() + " is complete"
                        + (written.isEmpty() ? "" : ", and so " + (written.size() == 1 ? "is " : "are ")
                                + written.stream().map(p -> p.getFileName().toString())
                                        .collect(java.util.stream.Collectors.joining(", "))));
            }
            return new Published(results, List.copyOf(written), facts);
        }

        /** Deletes what is left of the staging folder. */
        void discard() {
            try {
                layout.discard(staging);
            } catch (IOException e) {
                // withdrawReports deletes it with the next publication
            }
        }
    }
}
