import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def crash = 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?'

def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [2, 0, 0, 2, 0]
assert [s.runs, s.passedRuns, s.failedRuns, s.skippedRuns] == [6, 4, 2, 0]
assert s.passRate == 66.67

// the crashed iteration is recorded, and iterations 1 and 3 are kept whole
assert results.iterationSummaries*.crash == [null, crash, null]
assert results.iterationSummaries*.passed == [2, 0, 2]
assert results.iterationSummaries*.failed == [0, 2, 0]
['it.AExitTest#exitsInIteration2', 'it.BStableTest#ok'].each { id ->
    def t = results.tests.find { it.id == id }
    assert t.outcome == 'flaky' && t.passRate == 66.67
    assert t.iterations*.outcome == ['passed', 'error', 'passed']
    assert t.iterations[1].message == 'test JVM crashed in iteration 2: ' + crash
}
assert log.contains('aitest: iteration 2/3 ended abnormally: ' + crash)
assert log.contains('aitest: iteration 3/3: 2 tests, 2 passed, 0 failed, 0 skipped')
assert log.contains('aitest: pass rate 67% (4/6 runs; 95% CI 30-90%) meets aitest.minPassRate 50%')
return true
