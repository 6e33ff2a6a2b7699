import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def whole = new File(basedir, 'build.log').getText('UTF-8')
// the log of each invocation
def second = whole.indexOf('[INFO] Scanning for projects...', whole.indexOf('[INFO] BUILD '))
def log = whole.substring(0, second)
def skipITs = whole.substring(second)
def aggregate = json('target/aitest-reports/results.json')
def agent = json('agent/target/aitest-reports/results.json')
def core = json('core/target/aitest-reports/results.json')

assert aggregate.modules*.module == ['agent', 'core']
assert aggregate.modules*.summary*.passRate == [66.67, 100.0]
['tests', 'runs', 'passedRuns', 'failedRuns'].each { key ->
    assert aggregate.summary[key] == agent.summary[key] + core.summary[key] : key
}
assert aggregate.summary.runs == 12
assert log.contains('aitest: reactor of 2 modules: every module meets its own aitest.minPassRate (2 modules)')
// the pom-packaged parent said one line
assert log.count('aitest: no tests in this project of packaging pom; nothing to run.') == 1

// 2: aitest:integration-test skipped by -DskipITs in every module still ends there: the aggregate of both modules
def skipped = json('target/skipits/results.json')
assert skipped.iterations == 2
assert skipped.modules*.module == ['agent', 'core']
// agent: plans passes in iterations 1 and 2, answers fails in 2; core passes every time
assert skipped.modules*.summary*.passRate == [75.0, 100.0]
assert skipped.summary.runs == 8
assert skipITs.count('aitest: integration tests are skipped (skipITs).') == 3
assert skipITs.contains('aitest: reactor of 2 modules: every module meets its own aitest.minPassRate (2 modules)')
return true
