package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.report.ReportOptions;
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
 */
public record RunSettings(int iterations, int parallelIterations, double minPassRate, Path reportsDirectory, Environment environment,
        Pricing pricing, ProjectInfo project, ReportOptions reports, String pluginVersion) {
}
