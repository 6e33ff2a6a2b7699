import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def crash = 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?'
assert results.iterationSummaries*.crash == [null, crash]

def early = results.tests.find { it.id == 'it.AEarlyTest#records' }
assert early.iterations*.outcome == ['passed', 'passed'] && early.iterations*.tokens == [110, 110]

def dying = results.tests.find { it.id == 'it.BDyingTest#recordsThenDies' }
assert dying.iterations*.outcome == ['passed', 'error']
assert dying.iterations[1].message == 'test JVM crashed in iteration 2: ' + crash
// what the test recorded before its JVM died is kept
assert dying.iterations[1].inputTokens == 200 && dying.iterations[1].outputTokens == 20
assert dying.iterations[1].agent == 'doomed'
assert dying.tokens == 440 && dying.agent == 'doomed'
assert results.summary.tokens == 660
assert results.agents*.agent == ['survivor', 'doomed']
assert results.agents*.passRate == [100.0, 50.0]
return true
