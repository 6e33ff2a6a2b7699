package dev.aitest.maven;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.store.ReportsLayout;
import dev.aitest.ai.SummaryConfig;
import dev.aitest.cost.Pricing;
import dev.aitest.publish.Publisher;
import dev.aitest.report.ReportOptions;
import dev.aitest.run.MergeInputs;
import dev.aitest.run.ShardMerge;
import dev.aitest.secret.Redactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges the reports directories of the shards of one run ({@code aitest.shard}) into one, {@code
 * aitest.reportsDirectory}: results.json, the reports and the iteration folders, the same as a single run of all the
 * iterations would have written apart from timings. Needs no project: it runs from the command line anywhere.
 */
@Mojo(name = "merge", requiresProject = false, aggregator = true, threadSafe = true)
public class MergeMojo extends AbstractReportingMojo {

    /**
     * The reports directories to merge: a comma-separated list of paths and globs, relative to the current project
     * (or folder), e.g. {@code shards/*}{@code /aitest-reports}.
     */
    @Parameter(property = "aitest.mergeFrom", required = true)
    private String mergeFrom;

    /** The threshold to judge the merged results with, in percent (0-100). Unset: the one the shards recorded. */
    @Parameter(property = "aitest.minPassRate")
    private String minPassRate;

    @Override
    protected boolean honoursTestSkips() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        GivenCriteria given = criteria(minPassRate);
        SummaryConfig summary = summaryConfig();
        Pricing pricing = pricing();
        MavenConsole console = new MavenConsole(getLog());
        Path base = project().getBasedir() == null ? Path.of("").toAbsolutePath() : project().getBasedir().toPath();
        Path output = reportsDirectory().toAbsolutePath().normalize();
        Redactor redactor = outputRedactor(summary);
        Publisher main = publisher(output, summary, pricing, console);
        Publisher.Published published;
        try {
            List<Path> inputs = MergeInputs.resolve(mergeFrom, base);
            getLog().info("aitest: merging " + inputs.size() + " reports director" + (inputs.size() == 1 ? "y" : "ies")
                    + " into " + shown(reportsDirectory()));
            ShardMerge merge = new ShardMerge(pricing, console, given, layout -> layout.directory().equals(output) ? main
                    : new Publisher(layout, ReportOptions.NONE, PluginInfo.version(), console, null, redactor));
            published = merge.merge(inputs, output);
        } catch (ShardMerge.RefusedException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot merge into " + shown(reportsDirectory()) + ": "
                    + e.getMessage(), e);
        }
        getLog().info("aitest: merged iterations " + published.results().progress().finishedIterations().stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + " of "
                + published.results().run().iterations() + " into " + shown(reportsDirectory().resolve(ReportsLayout.RESULTS_JSON)));
        published.reports().forEach(p -> getLog().info("aitest: wrote " + shown(p)));
        failIfSummaryFailed(summary, published.results());
    }
}
