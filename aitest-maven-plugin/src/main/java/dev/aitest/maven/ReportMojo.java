package dev.aitest.maven;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Results;
import dev.aitest.report.ReportOptions;
import dev.aitest.report.Reports;
import dev.aitest.report.ResultsJson;
import dev.aitest.summary.AiSummarizer;
import dev.aitest.summary.SummaryConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes report.html and report.md again from an existing results.json, without running any test. The AI summary
 * stored in results.json is kept; with {@code aitest.summaryModel} set, the summary of the same results, model and
 * prompt is reused (from results.json or the cache next to it) and otherwise asked for, and
 * {@code -Daitest.summary.refresh=true} asks for a fresh one.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {

    @Override
    protected boolean honoursTestSkips() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        Pricing pricing = pricing();
        SummaryConfig summary = summaryConfig();
        Path directory = reportsDirectory();
        AiSummarizer summarizer = summarizer(summary, directory, pricing);
        Results results = readResults("mvn test-compile aitest:test");
        if (results == null) {
            return;
        }
        Path file = directory.resolve(ResultsJson.FILE_NAME);
        String shown = shown(file);
        if (summarizer != null) {
            Results summarized = summarizer.summarize(results, new MavenConsole(getLog()));
            if (!summarized.equals(results)) {
                try {
                    ResultsJson.write(summarized, file);
                } catch (IOException e) {
                    getLog().warn("aitest: " + shown + " could not be rewritten with the AI summary (" + e.getMessage()
                            + "); the reports have it");
                }
            }
            results = summarized;
        }
        ReportOptions options = reportOptions();
        if (!options.html() && !options.markdown()) {
            getLog().warn("aitest: aitest.html and aitest.markdown are both false; no report to write");
        } else {
            List<Path> written;
            try {
                written = Reports.write(results, directory, options, PluginInfo.version());
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException("aitest: the reports could not be written under "
                        + shown(directory) + ": " + e.getMessage(), e);
            }
            written.forEach(p -> getLog().info("aitest: wrote " + shown(p)));
        }
        failIfSummaryFailed(summary, results);
    }
}
