package dev.aitest.site;

import dev.aitest.facts.Facts;
import dev.aitest.model.Results;
import dev.aitest.report.HtmlPageSink;
import dev.aitest.report.PageSink;
import dev.aitest.report.SitePage;
import dev.aitest.store.AtomicFiles;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The aitest page of the project's Maven site, from results.json: the verdict, the counts, the intervals, the failed
 * and flaky tests and the agent leaderboard, with report.html copied into the site and linked. Declared under
 * {@code <reporting>}, {@code mvn site} writes it; it never runs tests and never changes results.json, so it shows the
 * last run (run {@code mvn verify site} for a fresh one). A project without results.json gets a page that says how to
 * produce them. Run on its own ({@code aitest:site-report}), it writes the same page as a plain HTML file into
 * {@code outputDirectory}.
 *
 * <p>Outside {@code dev.aitest.maven}, which the build extension exports to the project: a report class loaded through
 * that export would implement the extension's copy of {@link MavenReport}, not the site's, and the site would ignore
 * it as "not a report".
 *
 * <p>A goal of its own rather than {@code aitest:report}: that goal rewrites results.json and the reports and can ask
 * a model for a summary, which a site report must never do as a side effect of {@code mvn site}.
 */
@Mojo(name = "site-report", threadSafe = true)
public class SiteReportMojo extends AbstractMojo implements MavenReport {

    /** The folder under the site that receives the copy of report.html. */
    static final String FOLDER = "aitest";

    /** Where results.json and report.html are, as aitest:test wrote them. */
    @Parameter(property = "aitest.reportsDirectory", defaultValue = "${project.build.directory}/aitest-reports")
    private File reportsDirectory;

    /** Where the page goes when the goal runs on its own, outside {@code mvn site}. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
    private File outputDirectory;

    /** Leaves the aitest page out of the site. */
    @Parameter(property = "aitest.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The site's folder, given by the site plugin; {@link #outputDirectory} until it does. */
    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("aitest: skipped.");
            return;
        }
        HtmlPageSink page = new HtmlPageSink();
        Path site = getReportOutputDirectory().toPath();
        write(page, site);
        Path file = site.resolve(getOutputName() + ".html");
        try {
            String html = page.html();
            AtomicFiles.write(file, out -> out.write(html));
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write " + shown(file) + ": "
                    + e.getMessage(), e);
        }
        getLog().info("aitest: site page in " + shown(file));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        DoxiaPageSink page = new DoxiaPageSink(sink);
        try {
            write(page, getReportOutputDirectory().toPath());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        page.end();
    }

    /** Writes the page into {@code sink}, with report.html copied under {@code site}. */
    private void write(PageSink sink, Path site) throws MojoExecutionException {
        ReportsLayout layout = new ReportsLayout(reportsDirectory.toPath());
        Path file = layout.resultsJson();
        String shown = shown(file);
        String title = project.getName() == null ? project.getArtifactId() : project.getName();
        if (!Files.isRegularFile(file)) {
            getLog().info("aitest: no " + shown + "; the site's aitest page says how to produce it");
            SitePage.renderMissing(title, shown, null, sink);
            return;
        }
        Results results;
        try {
            results = ResultsJson.read(file);
        } catch (IOException e) {
            String problem = e.getMessage().replace(file.toString(), shown);
            getLog().warn("aitest: the site's aitest page shows no results: " + problem);
            SitePage.renderMissing(title, shown, problem, sink);
            return;
        }
        SitePage.render(Facts.of(results), copyReport(layout.reportHtml(), site), shown, sink);
    }

    /** Copies report.html into the site; the link to it, or null when there is none to copy. */
    private String copyReport(Path report, Path site) throws MojoExecutionException {
        if (!Files.isRegularFile(report)) {
            return null;
        }
        Path copy = site.resolve(FOLDER).resolve(ReportsLayout.REPORT_HTML);
        try {
            AtomicFiles.writeBytes(copy, out -> Files.copy(report, out));
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot copy " + shown(report) + " to "
                    + shown(copy) + ": " + e.getMessage(), e);
        }
        return FOLDER + "/" + ReportsLayout.REPORT_HTML;
    }

    /** A path as the log shows it: relative to the project when inside it. */
    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    @Override
    public String getOutputName() {
        return "aitest";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return SitePage.NAME;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Pass rates over repeated test runs, with their intervals, the failed and flaky tests and the agent "
                + "leaderboard, from aitest's results.json.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory == null ? outputDirectory : reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
