package dev.aitest.publish;

import dev.aitest.facts.Facts;
import dev.aitest.baseline.Baseline;
import dev.aitest.baseline.Comparison;
import dev.aitest.gate.Judge;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.report.ReportOptions;
import dev.aitest.report.Reports;
import dev.aitest.secret.Redaction;
import dev.aitest.secret.Redactor;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Takes results to every output, the one way for every goal: results.json first, so that nothing is lost whatever
 * happens next; then the AI summary, with results.json rewritten when it added one; then the human reports and the
 * JUnit XML, all from the one {@link Facts} view of the same results.
 *
 * <p>The policy for problems, the same for every goal: results.json that cannot be written is an error (the
 * caller's goal fails); a summary that cannot be written is a warning (the summarizer never throws); a report
 * that cannot be written is a warning that says results.json is complete.
 */
public final class Publisher {

    private final ReportsLayout layout;
    private final ReportOptions options;
    private final String pluginVersion;
    private final Console console;
    private final ResultsSummarizer summarizer;
    private final Redactor redactor;
    private final Baseline baseline;

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
        this(layout, options, pluginVersion, console, summarizer, redactor, null);
    }

    private Publisher(ReportsLayout layout, ReportOptions options, String pluginVersion, Console console,
            ResultsSummarizer summarizer, Redactor redactor, Baseline baseline) {
        this.layout = layout;
        this.options = options;
        this.pluginVersion = pluginVersion;
        this.console = console;
        this.summarizer = summarizer;
        this.redactor = redactor;
        this.baseline = baseline;
    }

    /**
     * This publisher comparing the results it publishes with {@code value} ({@code aitest.baseline}); null compares
     * with none (a comparison the results hold already is kept).
     */
    public Publisher withBaseline(Baseline value) {
        return new Publisher(layout, options, pluginVersion, console, summarizer, redactor, value);
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
     * Publishes new results: judged ({@link Judge}: every statistic from their counts and criteria), compared with
     * the baseline when there is one ({@link Comparison}, at their confidence level), without their secrets, to
     * results.json, the AI summary and the reports.
     */
    public Published publish(Results fresh) throws IOException {
        Results results = redact(compared(Judge.apply(fresh)));
        if (summarizer == null) {
            // nothing to wait for: the human reports are written while results.json is
            CompletableFuture<Published> reports = CompletableFuture.supplyAsync(() -> writeReports(results));
            try {
                writeResults(results);
            } finally {
                reports.join();
            }
            return reports.join();
        }
        writeResults(results);
        return summarizeAndReport(results);
    }

    /** The results with their comparison with the baseline; a baseline that shares no test with them is said. */
    private Results compared(Results results) {
        if (baseline == null) {
            return results;
        }
        BaselineComparison comparison = Comparison.compare(results, baseline, results.confidenceLevel());
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
    public Published republish(Results stored) {
        return summarizeAndReport(stored);
    }

    /** Writes results.json alone, whole or not at all. */
    public void writeResults(Results results) throws IOException {
        ResultsJson.write(results, layout.resultsJson());
    }

    private Published summarizeAndReport(Results results) {
        return writeReports(summarize(results));
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

    /** The results with their reports; a failure to write them is a warning and costs nothing of results.json. */
    private Published writeReports(Results results) {
        Facts facts = null;
        try {
            facts = Facts.of(results);
            return new Published(results, Reports.write(facts, layout, options, pluginVersion), facts);
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the reports could not be written (" + e + "); results.json is complete");
            return new Published(results, List.of(), facts);
        }
    }
}
