package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.report.ReportOptions;
import dev.aitest.secret.Redactor;
import java.nio.file.Path;

/**
 * A checked run configuration.
 *
 * @param iterations N
 * @param parallelIterations how many iterations run at the same time
 * @param minPassRate the threshold, recorded in results.json
 * @param reportsDirectory where everything is written
 * @param environment tool versions to record
 * @param pricing prices of models, for tests that record usage but no cost
 * @param project the project whose tests run
 * @param reports which reports to write besides results.json
 * @param pluginVersion the plugin's version, named in the reports
 * @param redactor takes secrets out of what the tests wrote before it is written anywhere; null keeps it as it is
 * @param budget when to start no further iteration
 */
public record RunSettings(int iterations, int parallelIterations, double minPassRate, Path reportsDirectory,
        Environment environment, Pricing pricing, ProjectInfo project, ReportOptions reports, String pluginVersion,
        Redactor redactor, Budget budget) {

    /** Settings that keep test text as it is, without a budget. */
    public RunSettings(int iterations, int parallelIterations, double minPassRate, Path reportsDirectory,
            Environment environment, Pricing pricing, ProjectInfo project, ReportOptions reports, String pluginVersion) {
        this(iterations, parallelIterations, minPassRate, reportsDirectory, environment, pricing, project, reports,
                pluginVersion, null, Budget.NONE);
    }

    /** These settings with {@code value} as the redactor. */
    public RunSettings withRedactor(Redactor value) {
        return new RunSettings(iterations, parallelIterations, minPassRate, reportsDirectory, environment, pricing,
                project, reports, pluginVersion, value, budget);
    }

    /** These settings with {@code value} as the budget. */
    public RunSettings withBudget(Budget value) {
        return new RunSettings(iterations, parallelIterations, minPassRate, reportsDirectory, environment, pricing,
                project, reports, pluginVersion, redactor, value);
    }
}
