import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def cost = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def time = new JsonSlurper().parse(new File(basedir, 'target/time/results.json'))

// the cost budget: a normal, complete run of the 2 iterations that ran
assert cost.complete == true
assert cost.iterations == 5
assert cost.finishedIterations == [1, 2]
assert cost.stoppedEarly.reason == 'cost'
assert cost.stoppedEarly.afterIteration == 2
assert cost.stoppedEarly.costUsd == 0.04
assert cost.stoppedEarly.maxCostUsd == 0.03
assert cost.summary.costUsd == 0.04
assert [cost.summary.tests, cost.summary.runs, cost.summary.passedRuns] == [2, 4, 4]
assert cost.tests.every { it.costUsd == 0.02 && it.iterations.size() == 2 }
assert log.contains('aitest: the cost recorded so far, $0.0400, has reached aitest.maxCostUsd $0.03; no further '
        + 'iteration starts, and the run ends with the 2 of 5 iterations that ran')
assert new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8').contains('STOPPED EARLY: the cost recorded, '
        + '$0.0400, reached aitest.maxCostUsd $0.03 after iteration 2; the verdict is on the 2 of 5 iterations that ran.')

// the time budget
assert time.finishedIterations == [1]
assert time.stoppedEarly.reason == 'time'
assert time.stoppedEarly.afterIteration == 1
assert time.stoppedEarly.maxDurationMs == 1000
assert time.stoppedEarly.nextIterationMs > 1000
assert time.summary.costUsd == 0.02

assert log.contains("aitest: aitest.maxDuration is 'soon' but must be a duration above 0")
assert !new File(basedir, 'target/refused').exists()
return true
