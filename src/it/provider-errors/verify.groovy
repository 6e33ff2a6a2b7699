import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def read = { String dir -> new JsonSlurper().parse(new File(basedir, "target/${dir}/results.json")) }
def byId = { results -> results.tests.collectEntries { [(it.name): it] } }
def runs = { test -> test.iterations.collect { [it.outcome, it.cause, it.providerError, it.httpStatus, it.excluded] } }

// 1: counted as failures. answers hit 429 in iteration 2 (openai-java's RateLimitException), connects a refused
// connection in iteration 1 (java.net.ConnectException); wrongInIteration3's assertion is the test's own failure
def counted = read('aitest-reports')
def c = byId(counted)
assert runs(c.answers) == [['passed', null, null, null, null], ['error', 'provider', 'rate-limit', 429, null],
                           ['passed', null, null, null, null]]
assert runs(c.connects) == [['error', 'provider', 'connection', null, null], ['passed', null, null, null, null],
                            ['passed', null, null, null, null]]
assert runs(c.wrongInIteration3).every { it[1] == null }
assert c.answers.iterations[1].type == 'com.openai.errors.RateLimitException'
assert [c.answers.passedRuns, c.answers.failedRuns, c.answers.providerErrorRuns, c.answers.passRate] == [2, 1, 1, 66.67]
assert c.answers.excludedRuns == null && c.wrongInIteration3.providerErrorRuns == null
def s = counted.summary
assert [s.runs, s.passedRuns, s.failedRuns, s.providerErrorRuns, s.excludedRuns, s.passRate] == [9, 6, 3, 2, null, 66.67]
assert counted.providerErrors == null
// the usage the server returned, recorded in the two iterations that got an answer: 12 + 5 tokens each
assert c.answers.iterations*.tokens == [17, null, 17] && c.answers.tokens == 34
assert log.contains('aitest: provider errors: 2 runs (1 rate limit, 1 connection), counted as failures; '
        + '-Daitest.providerErrors=exclude leaves them out of the pass rates')

// 2: left out of every pass rate; the runs stay, marked excluded
def excluded = read('exclude')
def e = byId(excluded)
assert runs(e.answers)[1] == ['error', 'provider', 'rate-limit', 429, true]
assert runs(e.connects)[0] == ['error', 'provider', 'connection', null, true]
assert [e.answers.outcome, e.answers.passedRuns, e.answers.failedRuns, e.answers.excludedRuns, e.answers.passRate] ==
        ['passed', 2, 0, 1, 100.0]
assert e.answers.iterations.size() == 3
def x = excluded.summary
assert [x.runs, x.passedRuns, x.failedRuns, x.providerErrorRuns, x.excludedRuns, x.passRate] == [9, 6, 1, 2, 2, 85.71]
assert excluded.providerErrors == 'exclude'
assert excluded.iterationSummaries*.failed == [0, 0, 1]
assert log.contains('aitest: provider errors: 2 runs (1 rate limit, 1 connection), left out of every pass rate '
        + '(aitest.providerErrors=exclude)')
def md = new File(basedir, 'target/exclude/report.md').getText('UTF-8')
assert md.contains('provider errors: 2 runs (1 rate limit, 1 connection), left out of every pass rate')
def junit = new File(basedir, 'target/exclude/junit/TEST-it.ChatTest.xml').getText('UTF-8')
assert junit.contains('<property name="aitest.answers.providerErrorRuns" value="1"/>')
// the key given to the client is in no output
['results.json', 'report.md', 'report.html'].each { assert !new File(basedir, "target/exclude/${it}").getText('UTF-8').contains('sk-test-not-a-key') }
return true
