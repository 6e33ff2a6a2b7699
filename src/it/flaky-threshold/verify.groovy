import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def test = { id -> results.tests.find { it.id == id } ?: { assert false : "no ${id}" }() }

assert results.iterations == 3
assert results.minPassRate == 80.0
def s = results.summary
// 8 tests x 3 iterations = 24 runs; 3 skipped; 21 counted; 15 passed
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [8, 3, 1, 3, 1]
assert [s.runs, s.passedRuns, s.failedRuns, s.skippedRuns] == [24, 15, 6, 3]
assert s.passRate == 71.43

def f2 = test('it.FlakyTest#failsInIteration2')
assert f2.outcome == 'flaky' && f2.passRate == 66.67 && [f2.passedRuns, f2.failedRuns, f2.skippedRuns] == [2, 1, 0]
assert f2.iterations*.outcome == ['passed', 'failed', 'passed']
assert f2.iterations[1].message == 'wrong answer in iteration 2 ==> expected: not equal but was: <2>'
assert f2.iterations[1].type == 'org.opentest4j.AssertionFailedError'
assert f2.iterations[1].stackTrace.contains('it.FlakyTest.failsInIteration2')
assert f2.iterations[0].message == null && f2.iterations[0].stackTrace == null

def e3 = test('it.FlakyTest#errorsInIteration3')
assert e3.outcome == 'flaky' && e3.iterations*.outcome == ['passed', 'passed', 'error']
assert e3.iterations[2].type == 'java.lang.IllegalStateException'
assert e3.iterations[2].message == 'model timed out in iteration 3'

def always = test('it.FlakyTest#alwaysFails')
assert always.outcome == 'failed' && always.passRate == 0.0 && always.iterations*.outcome == ['failed'] * 3

def off = test('it.FlakyTest#disabled')
assert off.outcome == 'skipped' && off.passRate == null && off.skippedRuns == 3

// parameterized cases are distinct tests
def p3 = test('it.ParamTest#square(int)[3]')
assert p3.outcome == 'flaky' && p3.iterations*.outcome == ['failed', 'passed', 'passed']
assert test('it.ParamTest#square(int)[1]').outcome == 'passed'
assert test('it.ParamTest#square(int)[2]').outcome == 'passed'
assert test('it.StableTest#ok').passRate == 100.0

// most interesting first: failed, then flaky by pass rate, then passed, then skipped
assert results.tests*.outcome == ['failed', 'flaky', 'flaky', 'flaky', 'passed', 'passed', 'passed', 'skipped']
assert results.iterationSummaries*.passRate == [71.43, 71.43, 71.43]
assert results.iterationSummaries*.failed == [2, 2, 2]

// reruns (which would turn the flaky runs green) and forkCount=0 were overridden, and said so
assert log.contains('aitest: the project sets rerunFailingTestsCount=2; aitest sets it to 0 during iterations')
assert log.contains('aitest: the project sets forkCount=0; each iteration still runs in fresh forked JVMs')
if (results.environment.mavenVersion.startsWith('3.8')) {
    assert log.contains('aitest: the project\'s Surefire 2.12.4 is older than 3.0 and cannot run JUnit 5; the iterations run with Surefire ')
}

// invocation 1 failed with the exact message; invocation 2 passed on the same results
assert log.contains('aitest: pass rate 71% (15/21 runs; 95% CI 43-89%) is below aitest.minPassRate 80% - see '
        + 'target/aitest-reports/results.json')
assert log.contains('aitest: 71% (95% CI 43-89%) does not settle aitest.minPassRate 80%: about 20 more iterations '
        + 'would, if the rate held')
assert log.contains('aitest: pass rate 71% (15/21 runs; 95% CI 43-89%) meets aitest.minPassRate 70%')
// invocation 2 gave aitest:verify another threshold than results.json was written with: one line names both
assert log.contains('aitest: aitest:verify judges with aitest.minPassRate 70%, not with the 80% that '
        + 'target/aitest-reports/results.json and the reports were written with; the verdict below uses 70%')
// invocation 3: strict, the lower bound 42.5 % is below 70
assert log.contains('aitest: aitest:verify judges with aitest.minPassRate 70% (not 80%), aitest.gate strict (not '
        + 'observed), not with what target/aitest-reports/results.json and the reports were written with')
assert log.contains('aitest: pass rate 71% (15/21 runs; 95% CI 43-89%): its lower bound is below aitest.minPassRate '
        + '70% (aitest.gate=strict) - see target/aitest-reports/results.json')
// invocation 4: lenient, the upper bound 89.4 % reaches 80
assert log.contains('aitest: pass rate 71% (15/21 runs; 95% CI 43-89%): its upper bound meets aitest.minPassRate 80% '
        + '(aitest.gate=lenient)')
// invocation 5: every test against 60 %
assert log.contains('aitest: pass rate 71% (15/21 runs; 95% CI 43-89%) meets aitest.minPassRate 70%; 1 test is below '
        + 'its own threshold: it.FlakyTest#alwaysFails 0/3 \u00B7 0% (0-56%), threshold 60% (aitest.minTestPassRate) '
        + '- see target/aitest-reports/results.json')
// invocation 1 judged with the criteria results.json was written with: no such line; 2 to 5 did not
assert log.count('aitest:verify judges with') == 4
assert log.contains('flaky   2/3 \u00B7 67% (21-94%)       it.FlakyTest#errorsInIteration3')

// invocation 6 wrote results.json and the reports again, at 90 %, lenient, each test against 60 %: every figure
// checked against a plain implementation
def stats = evaluate(new File(basedir, '../it-parent/Stats.groovy'))
double z = stats.Z[0.90d]
assert results.confidence == 0.9 && results.gate == 'lenient' && results.minTestPassRate == 60.0
def counted = results.tests.findAll { it.passedRuns + it.failedRuns > 0 }
counted.each { t ->
    def interval = stats.wilson(t.passedRuns, 3, z)
    assert t.passRateLow == stats.down(interval[0]) && t.passRateHigh == stats.up(interval[1]) : t.id
    assert t.minPassRate == 60.0 && t.thresholdFrom == 'aitest.minTestPassRate'
    assert t.meetsThreshold == (interval[1] >= 0.6d) : t.id
    assert t.conclusive == (interval[0] >= 0.6d || interval[1] < 0.6d) : t.id
    assert t.iterationsToSettle == stats.moreRuns(t.passedRuns, 3, 0.6d, z) : t.id
}
assert results.tests.findAll { it.meetsThreshold == false }*.id == ['it.FlakyTest#alwaysFails']
assert off.minPassRate == 60.0 && !off.containsKey('meetsThreshold') && !off.containsKey('passRateLow')
def overall = stats.clustered(counted*.passedRuns, [3] * counted.size(), z)
assert s.passRateLow == stats.down(overall[0]) && s.passRateHigh == stats.up(overall[1])
assert [s.passRateLow, s.passRateHigh] == [46.95, 87.6]
assert s.designEffect == 1.8667
assert s.conclusive == false
assert s.iterationsToSettle == stats.moreIterations(15 / 21d, 21, 3, overall[2], 0.8d, z)
(1..3).each { k ->
    double mean = counted.collect { stats.passHat(it.passedRuns, 3, k) }.sum() / counted.size() * 100
    assert s.passHatK["${k}"] == new BigDecimal(mean).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()
}
assert s.passHatK == ['1': 71.43, '2': 57.14, '3': 42.86]

// the human reports come from the same results
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert html.contains('>71%<') && html.contains('15/21 runs') && html.contains('90% CI 47-88%')
assert html.contains('it.FlakyTest#failsInIteration2') && html.contains('it.ParamTest#square(int)[3]')
assert md.contains('**\u274C FAIL**: overall pass rate **71%** (15/21 runs, 90% CI 47-88%), threshold '
        + '`aitest.minPassRate` 80%')
assert md.contains('<code>it.FlakyTest\\#failsInIteration2</code> | 2/3 \u00B7 67% (25-92%)')
assert md.contains('<code>it.ParamTest\\#square(int)\\[3\\]</code> | 2/3 \u00B7 67% (25-92%)')
assert md.contains('| <code>it.FlakyTest\\#alwaysFails</code> | 0/3 \u00B7 0% (0-47%) | 60% (aitest.minTestPassRate) |')
return true
