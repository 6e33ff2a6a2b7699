package dev.aitest.maven;

import dev.aitest.store.ReportsLayout;
import dev.aitest.baseline.BaselineFile;
import dev.aitest.model.Results;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a compact baseline file from results.json, to commit and compare later runs with
 * ({@code -Daitest.baseline=aitest-baseline.json}): per test its passed and counted runs and its agent, one test per
 * line, sorted, with nothing that changes when the counts do not.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractAitestMojo {

    /** Where the baseline file goes. */
    @Parameter(property = "aitest.baselineFile", defaultValue = "${project.basedir}/aitest-baseline.json")
    private File baselineFile;

    @Override
    protected boolean honoursTestSkips() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        Results results = readResults("mvn verify -Daitest.iterations=5");
        if (results == null) {
            return;
        }
        if (!results.progress().runComplete()) {
            throw new MojoExecutionException("aitest: " + shown(reportsDirectory().resolve(ReportsLayout.RESULTS_JSON))
                    + " is of a run that did not end; a baseline is written from a complete run: run the tests again");
        }
        try {
            BaselineFile.write(results, baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write the baseline " + shown(baselineFile.toPath()) + ": "
                    + e.getMessage(), e);
        }
        getLog().info("aitest: wrote the baseline of " + results.tests().size() + " tests over "
                + results.run().iterations() + " iterations to " + shown(baselineFile.toPath()) + "; commit it and compare "
                + "later runs with -Daitest.baseline=" + shown(baselineFile.toPath()));
    }
}
