import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

assert results.tests*.id == ['it.SelectedTest#chosen']
assert results.tests[0].iterations*.outcome == ['passed', 'passed']
def s = results.summary
assert [s.tests, s.runs, s.passedRuns, s.failedRuns, s.passRate] == [1, 2, 2, 0, 100.0]

// invocation 2: nothing matched; Surefire's failIfNoSpecifiedTests (true by default) fails the build,
// after one iteration, and results.json is still written
def none = new JsonSlurper().parse(new File(basedir, 'target/no-match/results.json'))
assert none.summary.tests == 0 && none.summary.runs == 0 && none.summary.passRate == null
assert none.iterationSummaries.size() == 1
assert log.contains('aitest: no test ran in iteration 1, so the other iterations were not run')
assert log.contains('aitest: no test ran: No tests matching pattern "NoSuchTest" were executed!')
return true
