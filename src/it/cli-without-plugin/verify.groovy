import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def s = results.summary
assert [s.tests, s.passed, s.flaky, s.runs, s.passedRuns, s.failedRuns, s.passRate] == [2, 1, 1, 4, 3, 1, 75.0]
assert results.tests[0].id == 'it.HammerTest#failsInIteration2'
assert results.tests[0].iterations*.outcome == ['passed', 'failed']
assert log.contains('aitest: pass rate 75% (3/4 runs; 95% CI 26-96%) meets aitest.minPassRate 50%')
assert !log.contains('<extensions>true</extensions>')
if (results.environment.mavenVersion.startsWith('3.8')) {
    assert log.contains("aitest: the project's Surefire 2.12.4 is older than 3.0")
    assert results.environment.surefireVersion.startsWith('3.')
}
return true
