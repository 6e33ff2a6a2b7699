import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def byName = results.tests.collectEntries { [(it.name): it] }
// 21 input and 8 output tokens per call, in each of the 2 iterations, with no aitest code in the test
def once = byName.answersTheCapital
assert once.outcome == 'passed'
assert once.iterations*.inputTokens == [21, 21] && once.iterations*.outputTokens == [8, 8]
assert once.iterations*.model == ['gpt-4o-mini-2024-07-18'] * 2
assert once.tokens == 58
def twice = byName.answersTwice
assert twice.iterations*.inputTokens == [42, 42] && twice.iterations*.outputTokens == [16, 16]
assert twice.tokens == 116
// gpt-4o-mini: $0.15 and $0.60 per million input and output tokens: $0.00000795 a call, kept to a millionth
assert once.iterations*.costUsd == [0.000008, 0.000008] && once.costUsd == 0.000016
assert twice.iterations*.costUsd == [0.000016, 0.000016]
assert results.summary.tokens == 174
assert results.unattributed == null
return true
