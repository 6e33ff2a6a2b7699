package dev.aitest.run;

import dev.aitest.gate.Verdict;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Facts;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.Environment;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.port.RecordingConsole;
import dev.aitest.report.ReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reactor's aggregate, from the modules' own runs. */
class ReactorAggregateTest {

    @TempDir
    Path temp;

    /** Runs a module's 3 iterations: it.SharedTest#answers, failing in iteration 2 when {@code flaky}, and one more. */
    private Path module(String name, boolean flaky, double minPassRate) throws IOException {
        Path reports = temp.resolve(name + "/target/aitest-reports");
        new AitestRun(new RunSettings(3, 1, minPassRate, reports, new Environment("3.9.16", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("x", name, "1", name), ReportOptions.ALL, "test"), iteration -> {
                    try {
                        write(iteration.reportsDirectory(), "TEST-it.SharedTest.xml", report("it.SharedTest",
                                flaky && iteration.index() == 2
                                        ? failed("it.SharedTest", "answers", "0.1", "wrong", "java.lang.AssertionError", "t")
                                        : passed("it.SharedTest", "answers", "0.1"),
                                passed("it.SharedTest", name + "Only", "0.2")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, new RecordingConsole()).execute();
        return reports;
    }

    @Test
    void aModulesClassifiedFlakyTestKeepsItsFindingInTheAggregate() throws IOException {
        Path reports = temp.resolve("agent/target/aitest-reports");
        RecordingConsole console = new RecordingConsole();
        new AitestRun(new RunSettings(3, 1, 80, reports, new Environment("3.9.16", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("x", "agent", "1", "agent"), ReportOptions.ALL, "test")
                .withOrderSeed(5L).withOrdering(null, 10, "x:agent"), iteration -> {
                    try {
                        // fails in iteration 2 whatever the order: the runs of the classification are 4, 5 and 6
                        write(iteration.reportsDirectory(), "TEST-it.SharedTest.xml", report("it.SharedTest",
                                iteration.index() == 2
                                        ? failed("it.SharedTest", "answers", "0.1", "wrong", "java.lang.AssertionError", "t")
                                        : passed("it.SharedTest", "answers", "0.1")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, console).execute();
        Path core = module("core", false, 90);

        Results aggregate = ReactorAggregate.build(List.of(new ReactorAggregate.Module("x", "agent", reports),
                new ReactorAggregate.Module("x", "core", core)), temp.resolve("target/aitest-reports"),
                new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        TestResult answers = aggregate.tests().stream().filter(t -> t.id().equals("it.SharedTest#answers")
                && "agent".equals(t.identity().module())).findFirst().orElseThrow();
        assertEquals(dev.aitest.model.Flakiness.NON_DETERMINISTIC, answers.finding().flakiness());
        assertEquals("mvn test-compile aitest:test -pl x:agent -Daitest.iterations=3 -Dtest=it.SharedTest#answers",
                answers.finding().reproduce());
        assertEquals(new dev.aitest.model.ClassificationSummary(3, 10, 0, 1, 0,
                aggregate.classification().durationMs()), aggregate.classification());
        assertTrue(aggregate.tests().stream().filter(t -> "core".equals(t.identity().module()))
                .noneMatch(t -> t.finding().classified()));
        assertTrue(console.info.contains("aitest: classification run 2/10: iteration 2's order again"),
                console.info.toString());
    }

    @Test
    void theAggregateHoldsEveryModulesTestsApartAndSumsThem() throws IOException {
        Path agent = module("agent", true, 80);
        Path core = module("core", false, 90);
        Path docs = temp.resolve("docs/target/aitest-reports");

        Results aggregate = ReactorAggregate.build(List.of(new ReactorAggregate.Module("agent", agent),
                new ReactorAggregate.Module("docs", docs), new ReactorAggregate.Module("core", core)),
                temp.resolve("target/aitest-reports"), new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        assertEquals(List.of("agent", "core"), aggregate.modules().stream().map(ModuleTotals::module).toList());
        assertEquals(List.of(80.0, 90.0), aggregate.modules().stream().map(ModuleTotals::minPassRate).toList());
        assertEquals(List.of("../../agent/target/aitest-reports", "../../core/target/aitest-reports"),
                aggregate.modules().stream().map(ModuleTotals::reportsDirectory).toList());
        assertEquals(4, aggregate.totals().outcomes().tests());
        assertEquals(12, aggregate.totals().runs());
        assertEquals(11, aggregate.totals().counts().passedRuns());
        assertEquals(5, aggregate.modules().get(0).totals().counts().passedRuns());
        assertEquals(6, aggregate.modules().get(1).totals().counts().passedRuns());
        List<TestResult> shared = aggregate.tests().stream().filter(t -> t.id().equals("it.SharedTest#answers")).toList();
        assertEquals(2, shared.size());
        assertEquals(TestOutcome.FLAKY, shared.stream().filter(t -> "agent".equals(t.identity().module())).findFirst().orElseThrow()
                .outcome());
        assertEquals(TestOutcome.PASSED, shared.stream().filter(t -> "core".equals(t.identity().module())).findFirst().orElseThrow()
                .outcome());
        assertEquals(List.of(4, 4, 4), aggregate.iterationTotals().stream().map(i -> i.tests()).toList());
        assertEquals(80.0, aggregate.criteria().minPassRate(), "the lowest module threshold, for reference");
        assertTrue(aggregate.progress().runComplete());
    }

    @Test
    void eachModuleIsJudgedOnItsOwnRateNeverAPooledOne() throws IOException {
        // pooled, 11 of 12 runs pass (91.67 %, above both thresholds); agent alone is 5 of 6 (83.33 %) < 90
        Results aggregate = ReactorAggregate.build(List.of(new ReactorAggregate.Module("agent", module("agent", true, 90)),
                new ReactorAggregate.Module("core", module("core", false, 90))), temp.resolve("target/aitest-reports"),
                new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        Verdict verdict = PassRateGate.checkModules(aggregate.modules(), "target/aitest-reports/results.json");
        assertFalse(verdict.passed());
        assertEquals("aitest: 1 module is below its own aitest.minPassRate: agent: pass rate 83% (5/6 runs) is below "
                + "aitest.minPassRate 90% - see target/aitest-reports/results.json", verdict.message());
        Facts facts = Facts.of(aggregate);
        assertEquals("FAIL", facts.verdict().label());
        assertEquals("90%", facts.threshold());
        assertEquals(List.of("FAIL", "PASS"), facts.modules().stream().map(Facts.ModuleRow::verdict).toList());
        assertEquals("5/6", facts.modules().get(0).rate().runs());
    }

    @Test
    void noModuleWithResultsMeansNoAggregate() throws IOException {
        assertNull(ReactorAggregate.build(List.of(new ReactorAggregate.Module("docs", temp.resolve("docs"))), temp,
                new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn()));
    }

    @Test
    void twoModulesWithTheSameArtifactIdStayTwoModulesEverywhere() throws IOException {
        // it.one:shared and it.two:shared: same artifactId, same test class; merged they would be one module at 11/12
        Results aggregate = ReactorAggregate.build(List.of(
                new ReactorAggregate.Module("it.one", "shared", module("one", true, 90)),
                new ReactorAggregate.Module("it.two", "shared", module("two", false, 90))),
                temp.resolve("target/aitest-reports"), new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        assertEquals(List.of("shared", "shared"), aggregate.modules().stream().map(ModuleTotals::module).toList());
        assertEquals(List.of("it.one:shared", "it.two:shared"),
                aggregate.modules().stream().map(ModuleTotals::moduleId).toList());
        assertEquals(List.of(5, 6), aggregate.modules().stream().map(m -> m.totals().counts().passedRuns()).toList());
        assertEquals(4, aggregate.totals().outcomes().tests());
        List<TestResult> shared = aggregate.tests().stream().filter(t -> t.id().equals("it.SharedTest#answers")).toList();
        assertEquals(List.of("it.one:shared", "it.two:shared"), shared.stream().map(t -> t.identity().moduleId()).sorted().toList());
        assertEquals(TestOutcome.FLAKY, shared.stream().filter(t -> "it.one:shared".equals(t.identity().moduleId())).findFirst()
                .orElseThrow().outcome());
        assertEquals(TestOutcome.PASSED, shared.stream().filter(t -> "it.two:shared".equals(t.identity().moduleId())).findFirst()
                .orElseThrow().outcome());

        Verdict verdict = PassRateGate.judge(aggregate, "results.json");
        assertEquals("aitest: 1 module is below its own aitest.minPassRate: it.one:shared: pass rate 83% (5/6 runs) is "
                + "below aitest.minPassRate 90% - see results.json", verdict.message());
        Facts facts = Facts.of(aggregate);
        assertEquals(List.of("it.one:shared", "it.two:shared"),
                facts.modules().stream().map(Facts.ModuleRow::module).toList());
        assertEquals(List.of("FAIL", "PASS"), facts.modules().stream().map(Facts.ModuleRow::verdict).toList());

        // written and read back, results.json keeps both apart
        Path file = temp.resolve("target/aitest-reports/results.json");
        dev.aitest.store.ResultsJson.write(aggregate, file);
        Results read = dev.aitest.store.ResultsJson.read(file);
        assertEquals(List.of("it.one:shared", "it.two:shared"),
                read.modules().stream().map(ModuleTotals::moduleId).toList());
        assertEquals(List.of("FAIL", "PASS"), Facts.of(read).modules().stream().map(Facts.ModuleRow::verdict).toList());
        assertEquals(2, read.tests().stream().filter(t -> t.id().equals("it.SharedTest#answers")).count());
    }

    @Test
    void aModuleKnownByItsArtifactIdAloneIsShownByIt() throws IOException {
        Results aggregate = ReactorAggregate.build(List.of(
                new ReactorAggregate.Module("it.one", "agent", module("agent", true, 90)),
                new ReactorAggregate.Module("it.one", "core", module("core", false, 90))),
                temp.resolve("target/aitest-reports"), new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        assertEquals(List.of("agent", "core"), Facts.of(aggregate).modules().stream().map(Facts.ModuleRow::module)
                .toList());
        assertEquals(List.of("it.one:agent", "it.one:core"),
                aggregate.modules().stream().map(ModuleTotals::moduleId).toList());
    }

    @Test
    void theAggregateNeverSharesAFolderWithAModule() {
        Path root = temp.resolve("target/aitest-reports");
        assertEquals(root, ReactorAggregate.apartFrom(root, List.of(temp.resolve("one/target/aitest-reports"))));
        assertEquals(temp.resolve("target/aitest-reports-reactor"),
                ReactorAggregate.apartFrom(root, List.of(temp.resolve("one/../target/aitest-reports"))));
        assertEquals(temp.resolve("target/aitest-reports-reactor-2"), ReactorAggregate.apartFrom(root,
                List.of(root, temp.resolve("target/aitest-reports-reactor"))));
    }

    @Test
    void modulesAreCountedInWordsThatAgree() {
        assertEquals("1 module", ReactorAggregate.modulesInWords(1));
        assertEquals("2 modules", ReactorAggregate.modulesInWords(2));
    }
}
