package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Results;
import dev.aitest.report.ReportOptions;
import dev.aitest.report.Reports;
import dev.aitest.report.ResultsJson;
import dev.aitest.summary.AiSummarizer;
import dev.aitest.summary.SummaryConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes report.html and report.md again from an existing results.json, without running any test. The AI summary
 * stored in results.json is kept; with {@code aitest.summaryModel} set, the summary of the same results, model and
 * prompt is reused (from results.json or the cache next to it) and otherwise asked for, and
 * {@code -Daitest.summary.refresh=true} asks for a fresh one.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractSummaryMojo {

    /** Where {@code aitest:test} wrote results.json; the reports are written next to it. */
    @Parameter(property = "aitest.reportsDirectory", defaultValue = "${project.build.directory}/aitest-reports")
    private File reportsDirectory;

    /** Writes report.html. */
    @Parameter(property = "aitest.html", defaultValue = "true")
    private boolean html;

    /** Writes report.md. */
    @Parameter(property = "aitest.markdown", defaultValue = "true")
    private boolean markdown;

    /** Prices the AI summary itself: a JSON file that extends or overrides the built-in table. */
    @Parameter(property = "aitest.pricingFile")
    private File pricingFile;

    /** Skips the goal. */
    @Parameter(property = "aitest.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("aitest: skipped.");
            return;
        }
        Pricing pricing;
        try {
            pricing = pricingFile == null ? Pricing.builtIn() : Pricing.withFile(pricingFile.toPath());
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        SummaryConfig summary = summaryConfig();
        Path directory = reportsDirectory.toPath();
        AiSummarizer summarizer = summarizer(summary, directory, pricing);
        Path file = directory.resolve(ResultsJson.FILE_NAME);
        String shown = Paths.display(project, file);
        if (!Files.isRegularFile(file)) {
            if ("pom".equals(project.getPackaging())) {
                getLog().info("aitest: no " + shown + " in a project of packaging pom; nothing to report.");
                return;
            }
            throw new MojoExecutionException("aitest: " + shown + " does not exist; run the aitest:test goal first, "
                    + "e.g. mvn test-compile aitest:test");
        }
        Results results;
        try {
            results = ResultsJson.read(file);
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot read " + shown + ": " + e.getMessage()
                    + "; run aitest:test again to rewrite it", e);
        }
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
        ReportOptions options = new ReportOptions(html, markdown);
        if (!html && !markdown) {
            getLog().warn("aitest: aitest.html and aitest.markdown are both false; no report to write");
        } else {
            List<Path> written;
            try {
                written = Reports.write(results, directory, options, PluginInfo.version());
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException("aitest: the reports could not be written under "
                        + Paths.display(project, directory) + ": " + e.getMessage(), e);
            }
            written.forEach(p -> getLog().info("aitest: wrote " + Paths.display(project, p)));
        }
        failIfSummaryFailed(summary, results);
    }
}
