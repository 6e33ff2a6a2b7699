import groovy.json.JsonSlurper

// results.json without what depends on the clock
def stable
stable = { node ->
    if (node instanceof Map) {
        node.findAll { k, v -> !(k in ['durationMs', 'startedAt']) }.collectEntries { k, v -> [k, stable(v)] }
    } else if (node instanceof List) {
        node.collect { stable(it) }
    } else {
        node
    }
}
def sequential = new JsonSlurper().parse(new File(basedir, 'target/sequential/results.json'))
def parallel = new JsonSlurper().parse(new File(basedir, 'target/parallel/results.json'))
assert stable(sequential) == stable(parallel)

def s = parallel.summary
assert [s.tests, s.flaky, s.passed, s.runs, s.passedRuns, s.failedRuns] == [3, 2, 1, 9, 7, 2]
assert parallel.tests.find { it.id == 'it.ModelCallTest#waitsLikeAModelCall' }.iterations*.outcome == ['passed', 'failed', 'passed']
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('aitest: iteration 3/3: 3 tests, 2 passed, 1 failed, 0 skipped')
return true
