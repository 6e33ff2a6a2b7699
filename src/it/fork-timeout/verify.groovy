import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def timeout = 'There was a timeout in the fork (forkedProcessTimeoutInSeconds=2)'

// each iteration's fork timed out: recorded as that iteration's crash
assert results.iterationSummaries*.crash == [timeout, timeout]
def slow = results.tests.find { it.id == 'it.ASlowTest#slow' }
// Surefire reported it as passed after the timeout, but it took longer than the project allows
assert slow.outcome == 'failed' && slow.iterations*.outcome == ['error', 'error']
assert slow.iterations[0].message.startsWith('test JVM timed out in iteration 1: ' + timeout)
assert slow.iterations[0].type == 'aitest.ForkTimeout'
['it.ASlowTest#fast', 'it.BQuickTest#quick'].each { id ->
    assert results.tests.find { it.id == id }.iterations*.outcome == ['passed', 'passed']
}
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [3, 2, 1, 0, 0]
assert [s.runs, s.passedRuns, s.failedRuns] == [6, 4, 2]
assert s.passRate == 66.67
assert log.contains('aitest: iteration 1/2 ended abnormally: ' + timeout)
assert log.contains('aitest: pass rate 67% (4/6 runs; 95% CI 16-95%) is below aitest.minPassRate 100%')
return true
