import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [4, 3, 0, 1, 0]
assert [s.runs, s.passedRuns, s.failedRuns, s.skippedRuns, s.passRate] == [12, 11, 1, 0, 91.67]
// TestNG data-provider cases are distinct tests, named as Surefire reports them
assert results.tests*.id == ['it.NgTest#failsInIteration3', 'it.NgTest#stable', 'it.NgTest#word[a](1)',
                             'it.NgTest#word[b](2)']
def flaky = results.tests[0]
assert flaky.outcome == 'flaky' && flaky.passRate == 66.67
assert flaky.iterations*.outcome == ['passed', 'passed', 'failed']
assert flaky.iterations[2].message.startsWith('iteration 3 answer')
assert results.iterationSummaries*.passed == [4, 4, 3]
return true
