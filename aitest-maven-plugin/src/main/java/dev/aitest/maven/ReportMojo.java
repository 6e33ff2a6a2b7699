package dev.aitest.maven;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Results;
import dev.aitest.publish.Publisher;
import dev.aitest.run.ReportRun;
import dev.aitest.store.ReportsLayout;
import dev.aitest.ai.SummaryConfig;
import dev.aitest.run.ReactorAggregate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes report.html and report.md again from an existing results.json, without running any test. The AI summary
 * stored in results.json is kept; with {@code aitest.summaryModel} set, the summary of the same results, model and
 * prompt is reused (from results.json or the cache next to it) and otherwise asked for, and
 * {@code -Daitest.summary.refresh=true} asks for a fresh one.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {

    /**
     * The threshold to judge the results with, in percent (0-100). Unset: the one recorded in results.json. Given,
     * it replaces the recorded one in results.json and the reports.
     */
    @Parameter(property = "aitest.minPassRate")
    private String minPassRate;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** True for the top-level project of a reactor: its reports are the aggregate of the modules'. */
    private boolean aggregates() {
        MavenProject top = session.getTopLevelProject();
        return session.getProjects().size() > 1 && top != null && top.getId().equals(project().getId())
                && "pom".equals(project().getPackaging());
    }

    /**
     * Writes the reactor's aggregate again from the modules' results: where the build wrote it, never in a folder in
     * which a module keeps its own results.
     */
    private void writeAggregate(SummaryConfig summary, Pricing pricing, MavenConsole console)
            throws MojoExecutionException {
        List<ReactorAggregate.Module> modules = Reactor.modulesOf(session);
        Path directory = ReactorAggregate.apartFrom(reportsDirectory(),
                modules.stream().map(ReactorAggregate.Module::reportsDirectory).toList());
        Publisher publisher = publisher(directory, summary, pricing, console);
        try {
            Results aggregate = ReactorAggregate.build(modules, directory, projectInfo(project()), pricing);
            if (aggregate == null) {
                getLog().info("aitest: no module of this reactor has results; nothing to aggregate.");
                return;
            }
            Publisher.Published published = publisher.publish(aggregate);
            getLog().info("aitest: wrote the aggregate of " + ReactorAggregate.modulesInWords(aggregate.modules().size()));
            published.reports().forEach(p -> getLog().info("aitest: wrote " + shown(p)));
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write the reactor's aggregate under "
                    + shown(directory) + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected boolean honoursTestSkips() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        GivenCriteria given = criteria(minPassRate);
        SummaryConfig summary = summaryConfig();
        Pricing pricing = pricing();
        ReportsLayout layout = new ReportsLayout(reportsDirectory());
        MavenConsole console = new MavenConsole(getLog());
        if (aggregates()) {
            writeAggregate(summary, pricing, console);
            return;
        }
        Publisher publisher = publisher(reportsDirectory(), summary, pricing, console, false);
        Results results = readResults("mvn test-compile aitest:test");
        if (results == null) {
            return;
        }
        if (!reportOptions().html() && !reportOptions().markdown()) {
            getLog().warn("aitest: aitest.html and aitest.markdown are both false; no report to write");
        }
        Publisher.Published published;
        try {
            published = ReportRun.execute(results, given, layout, pricing, publisher, console);
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write the results under " + shown(reportsDirectory())
                    + ": " + e.getMessage(), e);
        }
        published.reports().forEach(p -> getLog().info("aitest: wrote " + shown(p)));
        failIfSummaryFailed(summary, published.results());
    }
}
