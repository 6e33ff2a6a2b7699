import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

// the stopped run's results: iterations 1 and 2, not the whole earlier run
assert results.complete == false
assert results.finishedIterations == [1, 2]
assert results.iterations == 5
assert results.iterationSummaries*.iteration == [1, 2]
def s = results.summary
assert [s.tests, s.runs, s.passedRuns, s.failedRuns] == [2, 4, 3, 1]
assert results.tests.find { it.id == 'it.BSignalTest#signalsMavenInIteration3' }.iterations*.outcome == ['passed', 'failed']
assert log.contains('aitest: the build was stopped; results.json and the reports hold the 2 of 5 iterations that '
        + 'finished (1, 2) and are marked incomplete')
def incomplete = 'INCOMPLETE: the run did not end (it was stopped, or is still under way); these results hold the 2 of 5 iterations that finished (1, 2).'
assert new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8').contains(incomplete)
assert new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8').contains(incomplete)
// the record of iteration 3, cut short, was never written
assert !new File(basedir, 'target/aitest-reports/iteration-3/aitest-iteration.json').exists()
assert new File(basedir, 'target/aitest-reports/iteration-2/aitest-iteration.json').isFile()
assert log.contains('aitest: target/aitest-reports/results.json is incomplete (2 of 5 iterations finished): the run was '
        + 'stopped or is still under way, and aitest:verify does not pass an incomplete run')
assert log.contains('aitest: judging an incomplete run (2 of 5 iterations finished) because aitest.allowIncomplete is true')
assert log.contains('aitest: pass rate 75% (3/4 runs; 95% CI 26-96%) meets aitest.minPassRate 50%')
return true
