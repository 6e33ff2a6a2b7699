import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')

assert results.schemaVersion == 1
assert results.iterations == 3
assert results.minPassRate == 100.0
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [3, 3, 0, 0, 0]
assert [s.runs, s.passedRuns, s.failedRuns, s.skippedRuns] == [9, 9, 0, 0]
assert s.passRate == 100.0
assert results.iterationSummaries*.iteration == [1, 2, 3]
assert results.iterationSummaries*.passed == [3, 3, 3]
assert results.iterationSummaries*.crash == [null, null, null]
assert results.damagedFiles == []
assert results.tests*.id.sort() == ['it.ConfigTest#seesItsIterationAndItsOwnTempDirectory',
                                    'it.ConfigTest#seesTheProjectsSurefireConfiguration', 'it.MathTest#adds']
results.tests.each { t ->
    assert t.outcome == 'passed'
    assert t.passRate == 100.0
    assert [t.passedRuns, t.failedRuns, t.skippedRuns] == [3, 0, 0]
    assert t.iterations*.iteration == [1, 2, 3]
    assert t.iterations*.outcome == ['passed', 'passed', 'passed']
}

// each test really ran exactly N = 3 times, once per iteration: Surefire's default execution did not run them
def runs = new File(basedir, 'target/runs.log').readLines()
assert runs.size() == 9
assert runs.findAll { it.startsWith('adds ') }.collect { it.split(' ')[1] }.sort() == ['1', '2', '3']
assert !new File(basedir, 'target/surefire-reports').exists()
(1..3).each { i ->
    assert new File(basedir, "target/aitest-reports/iteration-${i}/TEST-it.MathTest.xml").isFile()
}

assert log.contains('aitest: iteration 1/3 starting')
assert log.contains('aitest: iteration 3/3: 3 tests, 3 passed, 0 failed, 0 skipped in ')
assert log.contains('aitest: the iterations run with the project\'s Surefire 3.5.4')
assert log.contains('aitest: 3 tests x 3 iterations: 3 passed, 0 failed, 0 flaky, 0 skipped; overall pass rate 100% (9/9 runs; 95% CI 70-100%)')
assert log.contains('aitest: pass rate 100% (9/9 runs; 95% CI 70-100%) meets aitest.minPassRate 100%')
assert !log.contains('(default-test)')
return true
