import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def test = { id -> results.tests.find { it.id == id } ?: { assert false : "no ${id}" }() }
def close = { double a, double b -> Math.abs(a - b) < 1e-9 }

// two JVMs wrote sidecars in each iteration
(1..2).each { i ->
    def files = new File(basedir, "target/aitest-reports/iteration-${i}/sidecars").listFiles().findAll { it.name.endsWith('.jsonl') }
    assert files.size() == 2 : "iteration ${i}: ${files*.name}"
}
assert results.unattributed == null
assert results.damagedFiles == []

def plans = test('it.PlannerTest#plans')
assert plans.agent == 'planner' && plans.tokens == 4400 && close(plans.costUsd, 0.014)
plans.iterations.each { r ->
    assert r.model == 'gpt-4o' && r.models == ['gpt-4o'] && r.agent == 'planner'
    assert [r.inputTokens, r.outputTokens, r.tokens] == [2000, 200, 2200]
    assert close(r.costUsd, 0.007)
}
def executor = test('it.PlannerTest#callsTheModelFromAnExecutor')
assert executor.outcome == 'flaky' && executor.tokens == 2200 && close(executor.costUsd, 0.007)
assert executor.iterations*.tokens == [1100, 1100]
def latency = test('it.PlannerTest#measuresLatency')
assert latency.iterations*.metrics == [[latencyMs: 121.0], [latencyMs: 122.0]]

def own = test('it.CheapTest#knowsItsOwnCost')
assert own.iterations*.costUsd == [0.5, 0.5] && own.tokens == 2000
def local2 = test('it.CheapTest#asksALocalModel(int)[2]')
assert local2.iterations*.tokens == [30, 30] && local2.costUsd == null && local2.iterations*.model == ['local-llm', 'local-llm']
def nothing = test('it.CheapTest#recordsNothing')
assert nothing.tokens == null && nothing.costUsd == null && nothing.agent == null
assert !nothing.iterations[0].containsKey('tokens')

assert results.unpricedModels == ['local-llm']
assert results.summary.tokens == 14790
assert close(results.summary.costUsd, 1.0257)

// the leaderboard: cheap 7/8 = 87.5 % before planner 5/6 = 83.33 %
assert results.agents*.agent == ['cheap', 'planner']
def cheap = results.agents[0]
assert [cheap.tests, cheap.runs, cheap.passedRuns, cheap.failedRuns, cheap.passRate, cheap.tokens] == [4, 8, 7, 1, 87.5, 7090]
assert close(cheap.costUsd, 1.0012)
def planner = results.agents[1]
assert [planner.tests, planner.runs, planner.passedRuns, planner.passRate, planner.tokens] == [3, 6, 5, 83.33, 7700]
assert close(planner.costUsd, 0.0245)

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('aitest: no price for local-llm (prices taken 2025-08-15); their cost is left out, not guessed.')
assert log.contains('aitest: recorded usage: 14,790 tokens, $1.03')
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('Agent leaderboard') && html.contains('14,790')
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert md.contains('| 1 | <code>cheap</code> | 7/8 \u00B7 88% (50-98%) | leader | 8 | 4 | 7,090 | $1.00 |')
// 5 of 6 against 7 of 8 is well within noise
assert md.contains('| 2 | <code>planner</code> | 5/6 \u00B7 83% (40-97%) | tied with the leader within noise |')
assert results.agents*.behindLeader == [false, false]
return true
