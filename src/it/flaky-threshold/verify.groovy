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
assert log.contains('aitest: pass rate 71.4% (15/21 runs) is below aitest.minPassRate 80.0% - see target/aitest-reports/results.json')
assert log.contains('aitest: pass rate 71.4% (15/21 runs) meets aitest.minPassRate 70.0%')
// invocation 2 gave aitest:verify another threshold than results.json was written with: one line names both
assert log.contains('aitest: aitest:verify judges with aitest.minPassRate 70.0%, not with the 80.0% that '
        + 'target/aitest-reports/results.json and the reports were written with; the verdict below uses 70.0%')
// invocation 1 judged with the threshold results.json was written with: no such line
assert log.count('aitest:verify judges with') == 1
assert log.contains('flaky   2/3 66.67%       it.FlakyTest#errorsInIteration3')
// the human reports come from the same results
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert html.contains('71.43 %') && html.contains('15/21 runs')
assert html.contains('it.FlakyTest#failsInIteration2') && html.contains('it.ParamTest#square(int)[3]')
assert md.contains('**\u274C FAIL**: overall pass rate **71.43 %** (15/21 runs), threshold `aitest.minPassRate` 80 %')
assert md.contains('<code>it.FlakyTest\\#failsInIteration2</code> | 2/3 - 66.67 %')
assert md.contains('<code>it.ParamTest\\#square(int)\\[3\\]</code> | 2/3 - 66.67 %')
return true
