import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))

// complete, with every sum at the largest value instead of Infinity (NumberFormatException) or a wrapped count
assert results.complete == true
assert results.finishedIterations == [1, 2]
assert results.summary.passedRuns == 2
assert results.summary.tokens == Long.MAX_VALUE
assert results.summary.costUsd == Double.MAX_VALUE
def test = results.tests[0]
assert test.tokens == Long.MAX_VALUE
assert test.costUsd == Double.MAX_VALUE
assert test.iterations.every { it.costUsd == Double.MAX_VALUE && it.tokens == Long.MAX_VALUE && it.inputTokens == Long.MAX_VALUE }
assert !log.contains('NumberFormatException')
assert log.contains('aitest: recorded usage: at least 9,223,372,036,854,775,807 tokens, at least $1.7977e+308 (the '
        + 'recorded values add up to more than aitest can count; the sums stop there)')
assert log.contains('aitest: iteration 1/2: 1 tests, 1 passed, 0 failed, 0 skipped in ')
assert log =~ /aitest: iteration 1\/2: 1 tests, 1 passed, 0 failed, 0 skipped in \d+\.\d s; about .+ left \(1 iteration\), at least \$1\.7977e\+308 recorded so far/
// aitest:report read it back and wrote the reports
assert new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8').contains('at least $1.7977e+308')
assert log.count('BUILD SUCCESS') == 2
return true
