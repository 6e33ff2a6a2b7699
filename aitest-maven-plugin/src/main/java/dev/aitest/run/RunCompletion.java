package dev.aitest.run;

import dev.aitest.facts.Facts;
import dev.aitest.model.Results;
import java.nio.file.Path;

/**
 * What a run produced.
 *
 * @param results the merged results, as written to {@code resultsFile}
 * @param resultsFile the {@code results.json} written
 * @param problem why the goal must fail although results were written (no test ran), else null
 * @param facts what the reports were written from; null when none were (a stopped run)
 */
public record RunCompletion(Results results, Path resultsFile, Problem problem, Facts facts) {

    /** What the reports were written from, worked out from the results when none were. */
    @Override
    public Facts facts() {
        return facts != null ? facts : Facts.of(results);
    }

    /**
     * A reason to fail the goal.
     *
     * @param message what to tell the user
     * @param refusedByTests true when the test runner refused the run (as Surefire's failIfNoTests does);
     *     false when the tool could not produce any result
     */
    public record Problem(String message, boolean refusedByTests) {
    }
}
