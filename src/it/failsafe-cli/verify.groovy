import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

// the integration tests ran 3 times, through aitest only
assert new File(basedir, 'target/runs.log').readLines().findAll { it.trim() } == ['1', '2', '3']
assert results.tests*.id.sort() == ['it.BStableIT#ok', 'it.CountedIT#failsInIteration1']
assert results.tests.every { it.kind == 'integration-test' }
def s = results.summary
assert [s.runs, s.passedRuns, s.failedRuns] == [6, 5, 1]
assert log.contains('aitest: pass rate 83% (5/6 runs; 95% CI 40-97%) meets aitest.minPassRate 80%')
return true
