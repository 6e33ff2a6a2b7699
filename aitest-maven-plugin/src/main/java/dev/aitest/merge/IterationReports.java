package dev.aitest.merge;

import dev.aitest.model.DamagedFile;
import dev.aitest.model.TestCase;
import java.util.List;

/**
 * What the Surefire XML of one iteration holds.
 *
 * @param cases every complete test case, in file order
 * @param damaged files that ended early or were malformed
 */
public record IterationReports(List<TestCase> cases, List<DamagedFile> damaged) {
}
