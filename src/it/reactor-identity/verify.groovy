import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: -pl one,two leaves the root out: one's own results keep its test, the aggregate under the root holds both
def onePl = json('one/target/pl/results.json')
assert onePl.modules == null
assert onePl.tests*.id == ['it.SharedTest#answers']
assert onePl.tests[0].passedRuns == 1 && onePl.tests[0].failedRuns == 1 && onePl.summary.passRate == 50.0
def pl = json('target/pl/results.json')
assert pl.modules*.reportsDirectory == ['../../one/target/pl', '../aitest-reports']
assert pl.modules*.summary*.passRate == [50.0, 100.0]
assert pl.summary.tests == 2 && pl.summary.runs == 4 && pl.summary.passedRuns == 3
assert pl.project.artifactId == 'reactor-identity'
assert log.contains('aitest: reactor of 2 modules: 1 module is below its own aitest.minPassRate: ')

// 2: two keeps its own results in the root's target/aitest-reports: the aggregate goes beside it, not over them
def two = json('target/aitest-reports/results.json')
assert two.modules == null
assert two.tests*.id == ['it.SharedTest#answers'] && two.summary.passRate == 100.0 && two.summary.runs == 2
def aggregate = json('target/aitest-reports-reactor/results.json')
assert aggregate.modules*.reportsDirectory == ['../../one/target/aitest-reports', '../aitest-reports']
assert aggregate.modules*.summary*.passRate == [50.0, 100.0]
assert aggregate.summary.tests == 2 && aggregate.summary.runs == 4 && aggregate.summary.passedRuns == 3
// it.one:shared and it.two:shared: two modules, each test of its own, the `module` field still the artifactId
assert aggregate.modules*.module == ['shared', 'shared']
assert aggregate.modules*.moduleId == ['it.one:shared', 'it.two:shared']
assert pl.modules*.moduleId == ['it.one:shared', 'it.two:shared']
def answers = aggregate.tests.findAll { it.id == 'it.SharedTest#answers' }
assert answers.size() == 2 && answers*.module == ['shared', 'shared']
assert answers.collectEntries { [it.moduleId, [it.outcome, it.passedRuns, it.failedRuns]] } ==
        ['it.one:shared': ['flaky', 1, 1], 'it.two:shared': ['passed', 2, 0]]
// the console never says every module meets its threshold when one does not, and names it by groupId:artifactId
assert !log.contains('every module meets its own aitest.minPassRate (2 modules)')
assert log.contains('aitest: reactor of 2 modules: 1 module is below its own aitest.minPassRate: it.one:shared: pass rate '
        + '50% (1/2 runs; 95% CI 9-91%) is below aitest.minPassRate 80%; aggregate in '
        + new File(basedir, 'target/aitest-reports-reactor').canonicalPath)
assert log.contains('aitest: 1 module is below its own aitest.minPassRate: it.one:shared: pass rate 50% (1/2 runs; 95% CI '
        + '9-91%) is below aitest.minPassRate 80% - see ' + new File(basedir, 'target/aitest-reports-reactor/results.json').canonicalPath)
def md = new File(basedir, 'target/aitest-reports-reactor/report.md').getText('UTF-8')
assert md.contains('| <code>it.one:shared</code> | \u274C FAIL | 1/2 \u00B7 50% (9-91%) | 80% | 1 | 0 | 1 |')
assert md.contains('| <code>it.two:shared</code> | \u2705 PASS | 2/2 \u00B7 100% (34-100%) | 80% | 1 | 0 | 0 |')

// 3: -pl one,docs: one module with results, counted in words that agree
def single = json('target/single/results.json')
assert single.modules*.reportsDirectory == ['../../one/target/single']
assert json('one/target/single/results.json').tests*.id == ['it.SharedTest#answers']
assert log.contains('aitest: reactor of 1 module: every module meets its own aitest.minPassRate (1 module); aggregate in '
        + new File(basedir, 'target/single').canonicalPath)
assert !log.contains(' 1 modules')

// 4: -pl '!root': both modules, under the root
def noroot = json('target/noroot/results.json')
assert noroot.modules*.moduleId == ['it.one:shared', 'it.two:shared']
assert noroot.modules*.reportsDirectory == ['../../one/target/noroot', '../aitest-reports']
assert json('one/target/noroot/results.json').modules == null

// 5: -rf it.two:shared: the module that ran, under the root
def resumed = json('target/resumed/results.json')
assert resumed.modules*.moduleId == ['it.two:shared'] && resumed.modules*.reportsDirectory == ['../aitest-reports']
assert resumed.project.artifactId == 'reactor-identity'
assert log.contains('aitest: reactor of 1 module: every module meets its own aitest.minPassRate (1 module); aggregate in '
        + new File(basedir, 'target/resumed').canonicalPath)

// 6: aitest:report at the root wrote the aggregate of invocation 2 again beside two's results (checked above)
assert log.contains('aitest: wrote the aggregate of 2 modules')
assert json('target/aitest-reports-reactor/results.json').modules*.moduleId == ['it.one:shared', 'it.two:shared']
return true
