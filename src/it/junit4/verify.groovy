import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def s = results.summary
assert [s.tests, s.passed, s.flaky, s.runs, s.passedRuns, s.failedRuns] == [2, 1, 1, 4, 3, 1]
assert s.passRate == 75.0
def arg = results.tests.find { it.id == 'it.LegacyTest#argLineReachesTheJvm' }
assert arg.iterations*.outcome == ['passed', 'passed']
def flaky = results.tests.find { it.id == 'it.LegacyTest#failsInIteration1' }
assert flaky.outcome == 'flaky' && flaky.iterations*.outcome == ['failed', 'passed']
assert flaky.iterations[0].type == 'org.junit.ComparisonFailure'
assert new File(basedir, 'target/jacoco.exec').isFile()
return true
