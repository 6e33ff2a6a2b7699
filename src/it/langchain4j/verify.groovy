import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def t = results.tests.collectEntries { [(it.name): it] }
// the AI Service, no aitest code: 2 calls of 12 + 5 tokens in each of the 2 iterations, untimed
def service = t.answersThroughAnAiService
assert service.iterations*.inputTokens == [24, 24] && service.iterations*.outputTokens == [10, 10]
assert service.iterations*.model == ['gpt-4o-mini-2024-07-18'] * 2
assert service.tokens == 68 && service.meanLatencyMs == null
// the model built with the listener: 1 call per iteration, timed
def direct = t.answersThroughTheModel
assert direct.iterations*.inputTokens == [12, 12] && direct.iterations*.calls == [1, 1]
assert direct.iterations.every { it.latencyMs >= 0 } && direct.meanLatencyMs >= 0
// streamed: recorded once, with the usage of the last chunk
def streamed = t.streamsTheAnswer
assert streamed.iterations*.inputTokens == [30, 30] && streamed.iterations*.outputTokens == [7, 7]
assert streamed.iterations*.calls == [1, 1]
// per agent, summed over iterations: gpt-4o-mini at $0.15 and $0.60 per million input and output tokens
def agents = results.agents.collectEntries { [(it.agent): it] }
assert agents['assistant-v1'].tokens == 68 + 34 && agents['assistant-v1'].tests == 2
assert agents['streamer'].tokens == 74
assert agents['assistant-v1'].meanLatencyMs >= 0
// the cost, kept to a millionth of a dollar per run: 2 x (12 x 0.15 + 5 x 0.60) / 1e6 = $0.0000096 -> $0.00001 a run
// of the AI Service, $0.0000048 -> $0.000005 of the model, (30 x 0.15 + 7 x 0.60) / 1e6 = $0.0000087 -> $0.000009
assert service.iterations*.costUsd == [0.00001, 0.00001] && service.costUsd == 0.00002
assert direct.iterations*.costUsd == [0.000005, 0.000005] && direct.costUsd == 0.00001
assert streamed.iterations*.costUsd == [0.000009, 0.000009] && streamed.costUsd == 0.000018
assert agents['assistant-v1'].costUsd == 0.00003 && agents['streamer'].costUsd == 0.000018
assert results.summary.tokens == 68 + 34 + 74
assert results.unattributed == null
return true
