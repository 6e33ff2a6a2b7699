import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def s = results.summary
assert [s.tests, s.passed, s.flaky, s.runs, s.passedRuns, s.failedRuns] == [5, 3, 2, 10, 8, 2]
assert s.passRate == 80.0
def arg = results.tests.find { it.id == 'it.LegacyTest#argLineReachesTheJvm' }
assert arg.iterations*.outcome == ['passed', 'passed']
def flaky = results.tests.find { it.id == 'it.LegacyTest#failsInIteration1' }
assert flaky.outcome == 'flaky' && flaky.iterations*.outcome == ['failed', 'passed']
assert flaky.iterations[0].type == 'org.junit.ComparisonFailure'
assert new File(basedir, 'target/jacoco.exec').isFile()

// Surefire's JUnit 4 provider (junit47, parallel methods) with aitest's JUnit 4 listener: each test's own tokens
// and cost, never unattributed, although the three tests record at the same time on three threads
assert results.unattributed == null
def usage = ['a': 100, 'b': 200, 'c': 300]
usage.each { name, input ->
    def test = results.tests.find { it.id == 'it.UsageTest#' + name }
    assert test.iterations*.inputTokens == [input] * 2
    assert test.iterations*.outputTokens == [10] * 2
    assert test.tokens == 2 * (input + 10)
}
// gpt-4o-mini: $0.15 and $0.60 per million input and output tokens
assert results.tests.findAll { it.className == 'it.UsageTest' }.collectEntries { [it.name, it.costUsd] } ==
        ['b': 0.000072, 'a': 0.000042, 'c': 0.000102]
def b = results.tests.find { it.id == 'it.UsageTest#b' }
assert b.outcome == 'flaky' && b.iterations*.outcome == ['failed', 'passed']
assert s.tokens == 2 * (110 + 210 + 310)
// 2: adaptive through the JUnit 4 provider's method filter
def adaptive = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/adaptive/results.json'))
def argLine = adaptive.tests.find { it.id == 'it.LegacyTest#argLineReachesTheJvm' }
def once = adaptive.tests.find { it.id == 'it.LegacyTest#failsInIteration1' }
assert [argLine.settledAt, argLine.settledBy, argLine.iterations.size(), argLine.meetsThreshold] == [3, 'determined', 3, true]
assert [once.settledAt, once.settledBy, once.meetsThreshold] == [5, 'determined', false]
assert once.iterations*.outcome == ['failed', 'passed', 'failed', 'failed', 'failed']
assert [adaptive.adaptive.runs, adaptive.adaptive.fixedRuns] == [8, 12]
def fourth = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/adaptive/iteration-4/aitest-iteration.json'))
assert fourth.adaptive.tests == 'it.LegacyTest#failsInIteration1'
assert adaptive.iterationSummaries*.tests == [2, 2, 2, 1, 1]
// shuffled classes, seed 7: the same class order for the same seed, not the same in every iteration
def shuffled = evaluate(new File(basedir, '../it-parent/ShuffledClasses.groovy'))(basedir, 'shuffled', 'shuffled-again',
        7L, 4, 2)
return true
