import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: every module ran all its iterations although agent, first, is below its threshold
def aggregate = json('target/aitest-reports/results.json')
def agent = json('agent/target/aitest-reports/results.json')
def core = json('core/target/aitest-reports/results.json')
assert agent.summary.passRate == 66.67 && core.summary.passRate == 100.0
def coreRuns = new File(basedir, 'core/target/runs.log').readLines().findAll { it.trim() }
// invocations 1 and 2 ran core's two tests in iterations 1 to 3 (invocation 3 built agent alone)
assert coreRuns.size() == 12
assert coreRuns.countBy { it } == ['answers 1': 2, 'answers 2': 2, 'answers 3': 2, 'parses 1': 2, 'parses 2': 2, 'parses 3': 2]
// the build failed once, at the end, naming agent with its rate and runs
assert log.contains('aitest: 1 module is below its own aitest.minPassRate: agent: pass rate 67% (4/6 runs; 95% CI 30-90%) is '
        + 'below aitest.minPassRate 80% - see ')
assert log.contains('the build fails once every module of the reactor has run its iterations')

// the aggregate: one entry per module with tests, every test carrying its module, counts the sums of the modules'
assert aggregate.modules*.module == ['agent', 'core']
assert aggregate.modules*.minPassRate == [80.0, 80.0]
assert aggregate.modules*.summary*.passRate == [66.67, 100.0]
assert aggregate.modules[0].summary == agent.summary.findAll { k, v -> k != 'durationMs' } + [durationMs: aggregate.modules[0].summary.durationMs]
['tests', 'passed', 'failed', 'flaky', 'skipped', 'runs', 'passedRuns', 'failedRuns', 'skippedRuns'].each { key ->
    assert aggregate.summary[key] == agent.summary[key] + core.summary[key] : key
}
assert aggregate.tests.every { it.module in ['agent', 'core'] }
// two modules with the same test class stay two tests
def shared = aggregate.tests.findAll { it.id == 'it.SharedTest#answers' }
assert shared*.module.sort() == ['agent', 'core']
assert shared.find { it.module == 'agent' }.outcome == 'flaky'
assert shared.find { it.module == 'core' }.outcome == 'passed'
assert aggregate.iterationSummaries*.tests == [4, 4, 4]
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('id="modules"') && html.contains('id="module-filter"') && html.contains('data-module="agent"')
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert md.contains('## Modules')
assert md.contains('| <code>agent</code> | \u274C FAIL | 4/6 \u00B7 67% (30-90%) | 80% | 2 | 0 | 2 |')
assert md.contains('| <code>core</code> | \u2705 PASS | 6/6 \u00B7 100% (61-100%) | 80% | 2 | 0 | 0 |')

// the module without tests: one line, no results
assert !new File(basedir, 'docs/target/aitest-reports/results.json').exists()
def docsStart = log.indexOf('Building docs 1.0')
def docs = log.substring(docsStart, log.indexOf('Reactor Summary', docsStart))
// (the reactor's closing line comes in the last module's section: it is about the reactor, not docs)
assert docs.readLines().count { it.contains('] aitest: ') && !it.contains('aitest: reactor of') } == 1 : docs
assert docs.contains('aitest: reactor of 2 modules: 1 module is below its own aitest.minPassRate: agent: pass rate 67% '
        + '(4/6 runs; 95% CI 30-90%) is below aitest.minPassRate 80%; aggregate in ')
assert docs.contains('aitest: no tests in this module (no compiled test classes); nothing to run.')

// 2: -T 2 gave the same aggregate apart from timings
def timeless
timeless = { node ->
    if (node instanceof Map) {
        return node.findAll { k, v -> !(k in ['startedAt', 'durationMs', 'reportsDirectory']) }
                .collectEntries { k, v -> [k, timeless(v)] }
    }
    node instanceof List ? node.collect { timeless(it) } : node
}
def parallel = json('target/parallel/results.json')
assert timeless(parallel) == timeless(aggregate)

// 3: -pl agent -am: the aggregate of the module that ran
def pl = json('target/pl/results.json')
assert pl.modules*.module == ['agent']
assert pl.tests.every { it.module == 'agent' }

// 4: aitest:report at the root wrote the aggregate again from the modules' results
assert log.contains('aitest: wrote the aggregate of 2 modules')
assert json('target/aitest-reports/results.json').modules*.module == ['agent', 'core']
return true
