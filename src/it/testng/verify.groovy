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

// @MinPassRate(90) on the method wins over @MinPassRate(60) on the class, which holds for the others
assert results.tests*.minPassRate == [90.0, 60.0, 60.0, 60.0]
assert results.tests*.thresholdFrom == ['@MinPassRate'] * 4
assert results.tests*.meetsThreshold == [false, true, true, true]
// 2 of 3 is [20.766, 93.851] (Wilson, 95%), 3 of 3 is [43.850, 100]: written rounded outwards
assert [flaky.passRateLow, flaky.passRateHigh] == [20.76, 93.86]
assert results.tests[1..3].collect { [it.passRateLow, it.passRateHigh] } == [[43.85, 100.0]] * 3
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('aitest: pass rate 92% (11/12 runs; 95% CI 63-99%) meets aitest.minPassRate 80%; 1 test is below '
        + 'its own threshold: it.NgTest#failsInIteration3 2/3 \u00B7 67% (21-94%), threshold 90% (@MinPassRate) - see '
        + 'target/aitest-reports/results.json')
return true
