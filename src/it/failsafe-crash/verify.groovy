import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky] == [2, 0, 0, 2]
assert [s.runs, s.passedRuns, s.failedRuns] == [6, 4, 2]
def crash = results.iterationSummaries[1].crash
assert results.iterationSummaries*.crash == [null, crash, null]
assert crash.contains('The forked VM terminated without properly saying goodbye') : crash
['it.AExitIT#exitsInIteration2', 'it.BStableIT#ok'].each { id ->
    def t = results.tests.find { it.id == id }
    assert t.kind == 'integration-test'
    assert t.iterations*.outcome == ['passed', 'error', 'passed']
    assert t.iterations[1].message == 'test JVM crashed in iteration 2: ' + crash
}
assert log.contains('aitest: integration tests, iteration 2/3 ended abnormally: ' + crash)
assert log.contains('aitest: pass rate 67% (4/6 runs; 95% CI 30-90%) meets aitest.minPassRate 50%')
return true
