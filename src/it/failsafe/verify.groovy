import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def test = { r, id -> r.tests.find { it.id == id } ?: { assert false : "no ${id}" }() }

// 1: one results.json and one verdict over the unit test and the integration tests, each saying which ran it
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.skipped] == [3, 2, 0, 1, 0]
assert [s.runs, s.passedRuns, s.failedRuns] == [9, 8, 1]
assert s.passRate == 88.89
assert test(results, 'it.UnitTest#ok').kind == 'test'
assert test(results, 'it.UnitTest#ok').iterations*.iteration == [1, 2, 3]
def model = test(results, 'it.ModelIT#answers')
assert model.kind == 'integration-test'
assert model.outcome == 'flaky' && model.iterations*.outcome == ['passed', 'failed', 'passed']
assert model.iterations[1].message == 'the model answered wrongly in iteration 2 ==> expected: not equal but was: <2>'
assert test(results, 'it.ServerIT#seesTheServerThatPreIntegrationTestStarted').kind == 'integration-test'
// iteration i of the integration tests is iteration i of the run
assert results.iterationSummaries*.iteration == [1, 2, 3]
assert results.iterationSummaries*.tests == [3, 3, 3]
assert results.iterationSummaries*.failed == [0, 1, 0]
assert results.complete == true && results.finishedIterations == [1, 2, 3]
assert new File(basedir, 'target/aitest-reports/iteration-2/integration-test/TEST-it.ModelIT.xml').isFile()
assert new File(basedir, 'target/aitest-reports/iteration-2/TEST-it.UnitTest.xml').isFile()

// exactly N runs of the integration tests, between one pre-integration-test and one post-integration-test, all
// talking to the one server
def events = new File(basedir, 'target/events.log').readLines().findAll { it.trim() }
assert events.first() == 'pre' && events.last() == 'post'
assert events.count { it == 'pre' } == 1 && events.count { it == 'post' } == 1
assert events.findAll { it.startsWith('model ') } == ['model 1', 'model 2', 'model 3']
def server = events.findAll { it.startsWith('server ') }
assert server*.split(' ')*.getAt(1) == ['1', '2', '3']
assert server*.split(' ')*.getAt(3).unique().size() == 1

assert log.contains('aitest: integration tests, iteration 1/3 starting')
assert log.contains('aitest: the iterations run with the project\'s Failsafe 3.5.4')
assert !log.contains('also runs the integration tests in this build')
assert log.contains('aitest: pass rate 89% (8/9 runs; 95% CI 54-98%) meets aitest.minPassRate 80%')
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('data-kind="integration-test"')

// 2: -Dit.test picked ModelIT
def filtered = new JsonSlurper().parse(new File(basedir, 'target/filtered/results.json'))
assert filtered.tests*.id.sort() == ['it.ModelIT#answers', 'it.UnitTest#ok']
assert new File(basedir, 'target/events-filtered.log').readLines().count { it.startsWith('model ') } == 2

// 3: -DskipITs skipped them
def skipped = new JsonSlurper().parse(new File(basedir, 'target/skipped/results.json'))
assert skipped.tests*.id == ['it.UnitTest#ok']
assert log.contains('aitest: integration tests are skipped (skipITs).')
assert !new File(basedir, 'target/events-skipped.log').readLines().any { it.startsWith('model ') }
// 4: adaptive, each kind on its own, every test held to 60%, the overall rates (threshold 0) settled after 3.
// UnitTest#ok and ServerIT (4 of 4 ends at least 4 of 6) stop after 4; ModelIT (failed in 2: 3 of 4 can still end
// 3 of 6) runs alone in iteration 5, through Failsafe's filter, and is determined then (4 of 5 ends at least 4 of 6)
def adaptive = new JsonSlurper().parse(new File(basedir, 'target/adaptive/results.json'))
assert test(adaptive, 'it.UnitTest#ok').settledAt == 4
assert test(adaptive, 'it.UnitTest#ok').iterations*.iteration == [1, 2, 3, 4]
assert test(adaptive, 'it.ServerIT#seesTheServerThatPreIntegrationTestStarted').settledAt == 4
def adaptiveModel = test(adaptive, 'it.ModelIT#answers')
assert [adaptiveModel.settledAt, adaptiveModel.settledBy] == [5, 'determined']
assert adaptiveModel.iterations*.outcome == ['passed', 'failed', 'passed', 'passed', 'passed']
assert adaptiveModel.meetsThreshold == true
def a = adaptive.adaptive
assert [a.runs, a.fixedRuns, a.determined, a.unsettled] == [13, 18, 3, []]
assert a.overall.collect { [it.kind, it.settledAt, it.settledBy, it.iterations] } ==
        [['integration-test', 3, 'determined', 3], ['test', 3, 'determined', 3]]
def fifth = new JsonSlurper().parse(new File(basedir, 'target/adaptive/iteration-5/integration-test/aitest-iteration.json'))
assert fifth.adaptive.tests == 'it.ModelIT#answers'
assert !new File(basedir, 'target/adaptive/iteration-5/aitest-iteration.json').exists()
// what the integration tests saw: the model in iterations 1-5, the server in 1-4, around one server
def adaptiveEvents = new File(basedir, 'target/events-adaptive.log').readLines().findAll { it.trim() }
assert adaptiveEvents.findAll { it.startsWith('model ') } == (1..5).collect { "model ${it}".toString() }
assert adaptiveEvents.findAll { it.startsWith('server ') }.size() == 4
assert adaptiveEvents.first() == 'pre' && adaptiveEvents.last() == 'post'
// shuffled, without the runtime: ModelIT fails in iteration 2 whatever the order; iteration 2's order run again
// (as iteration 4) and iteration 1's, and ModelIT alone, tell it non-deterministic
def shuffled = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/shuffled/results.json'))
def shuffledModel = shuffled.tests.find { it.id == 'it.ModelIT#answers' && it.kind == 'integration-test' }
assert shuffledModel.flakiness == 'non-deterministic'
assert shuffledModel.flakinessEvidence == [reason: 'it passed in the order it had failed in', failingIteration: 2,
        failedAgain: false, passingIteration: 1, passedAgain: true, alone: 'passed', runs: 1]
assert shuffledModel.reproduce == 'mvn verify -Daitest.iterations=3 -Dit.test=it.ModelIT#answers'
assert (1..3).every { new File(basedir, "target/shuffled/classification/integration-test/run-${it}").isDirectory() }
assert !new File(basedir, 'target/shuffled/classification/integration-test/run-4').exists()
return true
