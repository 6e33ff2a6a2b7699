import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def s = results.summary
// 4 tests of NgTest and the 4 rows of ParallelNgTest's parallel data provider: one test per row, whatever order
// the rows finished in (Surefire numbers them by it: answers[q1](1) in iterations 1 and 3, answers[q1](4) in 2)
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [8, 6, 0, 2, 0]
assert [s.runs, s.passedRuns, s.failedRuns, s.skippedRuns, s.passRate] == [24, 22, 2, 0, 91.67]
// TestNG data-provider cases are distinct tests, named by their parameters
assert results.tests*.id == ['it.NgTest#failsInIteration3', 'it.ParallelNgTest#answers[q3]', 'it.NgTest#stable',
                             'it.NgTest#word[a]', 'it.NgTest#word[b]', 'it.ParallelNgTest#answers[q1]',
                             'it.ParallelNgTest#answers[q2]', 'it.ParallelNgTest#answers[q4]']
def flaky = results.tests[0]
assert flaky.outcome == 'flaky' && flaky.passRate == 66.67
assert flaky.iterations*.outcome == ['passed', 'passed', 'failed']
assert flaky.iterations[2].message.startsWith('iteration 3 answer')
def q3 = results.tests[1]
assert q3.outcome == 'flaky' && q3.passRate == 66.67
assert q3.iterations*.outcome == ['passed', 'failed', 'passed']
assert q3.iterations[1].message.startsWith('q3 fails in iteration 2')
assert results.iterationSummaries*.passed == [8, 7, 7]

// each row's usage reaches its own test in every iteration: 100 x N input and 10 output tokens per run
def rows = results.tests.findAll { it.className == 'it.ParallelNgTest' }.collectEntries { [it.name, it] }
assert rows.keySet() == ['answers[q1]', 'answers[q2]', 'answers[q3]', 'answers[q4]'] as Set
(1..4).each { n ->
    def row = rows["answers[q$n]"]
    assert row.iterations*.inputTokens == [100 * n] * 3
    assert row.iterations*.outputTokens == [10] * 3
    assert row.tokens == 3 * (100 * n + 10)
    // gpt-4o-mini: $0.15 and $0.60 per million input and output tokens
    assert row.costUsd == [0.000063, 0.000108, 0.000153, 0.000198][n - 1]
}
assert results.unattributed == null
assert s.tokens == 3 * (110 + 210 + 310 + 410)

// @MinPassRate(90) on the method wins over @MinPassRate(60) on the class, which holds for the others
assert results.tests*.minPassRate == [90.0, null, 60.0, 60.0, 60.0, null, null, null]
assert results.tests*.thresholdFrom == ['@MinPassRate', null, '@MinPassRate', '@MinPassRate', '@MinPassRate', null,
                                        null, null]
assert results.tests*.meetsThreshold == [false, null, true, true, true, null, null, null]
// 2 of 3 is [20.766, 93.851] (Wilson, 95%), 3 of 3 is [43.850, 100]: written rounded outwards
assert [flaky.passRateLow, flaky.passRateHigh] == [20.76, 93.86]
assert results.tests[2..7].collect { [it.passRateLow, it.passRateHigh] } == [[43.85, 100.0]] * 6
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('1 test is below its own threshold: it.NgTest#failsInIteration3 2/3 \u00B7 67% (21-94%), '
        + 'threshold 90% (@MinPassRate) - see target/aitest-reports/results.json')
// 2: adaptive with TestNG. After 3: the overall rate is determined (0% passes whatever comes), so the rows of
// ParallelNgTest (no threshold) stop with it; failsInIteration3 (2 of 3 can end at most 5 of 6, below 90) too.
// stable and the word rows (3 of 3 can still end 3 of 6, below 60) run in 4, through the filter
// it.NgTest#stable+word (both rows of the data provider), and are determined then (4 of 4 ends at least 4 of 6)
def adaptive = new JsonSlurper().parse(new File(basedir, 'target/adaptive/results.json'))
def at = adaptive.tests.collectEntries { [(it.id): [it.settledAt, it.settledBy, it.iterations.size()]] }
assert at == ['it.NgTest#failsInIteration3': [3, 'determined', 3], 'it.ParallelNgTest#answers[q3]': [3, 'determined', 3],
              'it.NgTest#stable': [4, 'determined', 4], 'it.NgTest#word[a]': [4, 'determined', 4],
              'it.NgTest#word[b]': [4, 'determined', 4], 'it.ParallelNgTest#answers[q1]': [3, 'determined', 3],
              'it.ParallelNgTest#answers[q2]': [3, 'determined', 3], 'it.ParallelNgTest#answers[q4]': [3, 'determined', 3]]
def a = adaptive.adaptive
assert [a.minIterations, a.maxIterations, a.runs, a.fixedRuns, a.determined, a.conclusive] == [3, 6, 27, 48, 8, 0]
assert adaptive.iterationSummaries*.tests == [8, 8, 8, 3]
def fourth = new JsonSlurper().parse(new File(basedir, 'target/adaptive/iteration-4/aitest-iteration.json'))
assert fourth.adaptive.tests == 'it.NgTest#stable+word'
// the usage of the rows that ran is still theirs
assert adaptive.tests.find { it.id == 'it.ParallelNgTest#answers[q2]' }.iterations*.inputTokens == [200] * 3
// shuffled classes, seed 7: the same class order for the same seed, not the same in every iteration
def shuffled = evaluate(new File(basedir, '../it-parent/ShuffledClasses.groovy'))(basedir, 'shuffled', 'shuffled-again',
        7L, 4, 2)
// the test bound to iteration 3 is classified as such: it passed in the order it had failed in
def bound = shuffled.tests.find { it.id == 'it.NgTest#failsInIteration3' }
assert bound.flakiness == 'non-deterministic' && bound.flakinessEvidence.failedAgain == false
assert bound.reproduce == 'mvn test-compile aitest:test -Daitest.iterations=4 -Dtest=it.NgTest#failsInIteration3'
// and q3 of the parallel data provider (it fails in iteration 2); the orders of iterations 1, 2 and 3 again, each
// test alone once: 5 runs
assert shuffled.tests.find { it.id == 'it.ParallelNgTest#answers[q3]' }.flakiness == 'non-deterministic'
assert shuffled.classification.subMap(['runs', 'nonDeterministic', 'orderDependent', 'unknown']) ==
        [runs: 5, nonDeterministic: 2, orderDependent: 0, unknown: 0]
return true
