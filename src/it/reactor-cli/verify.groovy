import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').getText('UTF-8')
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
return true
