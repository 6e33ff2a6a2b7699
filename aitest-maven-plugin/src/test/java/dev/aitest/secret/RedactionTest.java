package dev.aitest.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.baseline.BaselineFile;
import dev.aitest.cost.Pricing;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactionTest {

    @TempDir
    Path dir;

    /** Three runs of one parameterized test whose parameter is a key, and a test without a secret. */
    private static Results threeKeys() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= 2; i++) {
            List<TestCase> cases = new ArrayList<>();
            for (String key : List.of("sk-aaaaaaaaaaaaaaaaaaaa", "sk-bbbbbbbbbbbbbbbbbbbb", "sk-cccccccccccccccccccc")) {
                cases.add(new TestCase("a.Keys", "paramName(String) " + key,
                        new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            }
            cases.add(new TestCase("a.Keys", "plain", new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            aggregator.add(new IterationData(i, 1_000, null, new IterationReports(cases, List.of())));
        }
        return aggregator.merge().results(2, 80.0, "2026-11-27T10:15:30Z", 4_321,
                new Environment("3.9.16", "3.5.4", "17.0.15"), new ProjectInfo("com.example", "keys", "1.0", "Keys"));
    }

    @Test
    void testsWhoseNamesDifferOnlyInASecretKeepDistinctStableIds() {
        Results redacted = Redaction.apply(threeKeys(), Redactor.patternsOnly());

        assertEquals(List.of("a.Keys#paramName(String) [REDACTED] ~688e900d", "a.Keys#paramName(String) [REDACTED] ~6bb396f4",
                "a.Keys#paramName(String) [REDACTED] ~ed2d6b63", "a.Keys#plain"),
                redacted.tests().stream().map(TestResult::id).toList());
        assertEquals(List.of("paramName(String) [REDACTED] ~688e900d", "paramName(String) [REDACTED] ~6bb396f4",
                "paramName(String) [REDACTED] ~ed2d6b63", "plain"),
                redacted.tests().stream().map(t -> t.identity().name()).toList());
        assertEquals(3, redacted.redactedSecrets());
        // results.json read back and redacted again (a report, an aggregate) keeps the same ids and counts nothing
        Results again = Redaction.apply(redacted, Redactor.patternsOnly());
        assertEquals(redacted.tests(), again.tests());
        assertEquals(0, again.redactedSecrets());
    }

    @Test
    void aBaselineCanBeWrittenFromTestsThatDifferedOnlyInASecret() throws IOException {
        Path file = dir.resolve("aitest-baseline.json");

        BaselineFile.write(Redaction.apply(threeKeys(), Redactor.patternsOnly()), file);

        String text = Files.readString(file);
        assertEquals(3, text.split("paramName\\(String\\) \\[REDACTED\\] ~", -1).length - 1, text);
    }

    @Test
    void aClassNameThatHeldASecretIsRedactedAndTaggedToo() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        List<TestCase> cases = new ArrayList<>();
        for (String key : List.of("sk-aaaaaaaaaaaaaaaaaaaa", "sk-bbbbbbbbbbbbbbbbbbbb")) {
            cases.add(new TestCase("Keys with " + key, "works()", new Run(1, RunOutcome.PASSED, 5, null, null, null)));
        }
        aggregator.add(new IterationData(1, 1_000, null, new IterationReports(cases, List.of())));
        Results results = aggregator.merge().results(1, 80.0, "2026-11-27T10:15:30Z", 4_321,
                new Environment("3.9.16", "3.5.4", "17.0.15"), new ProjectInfo("com.example", "keys", "1.0", "Keys"));

        Results redacted = Redaction.apply(results, Redactor.patternsOnly());

        assertEquals(List.of("Keys with [REDACTED] ~7606c94e#works()", "Keys with [REDACTED] ~2b603cf4#works()"),
                redacted.tests().stream().map(TestResult::id).toList());
        assertEquals(2, redacted.redactedSecrets());
    }
}
