import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// 1. every test passed in both iterations, and the JVM of iteration 2 halted after they reported
def dir = new File(basedir, 'target/aitest-reports')
def results = new JsonSlurper().parse(new File(dir, 'results.json'))
def s = results.summary
assert [s.tests, s.passed, s.failed, s.flaky, s.runs, s.passedRuns, s.failedRuns] == [2, 2, 0, 0, 4, 4, 0]
assert s.passRate == 100.0
// what Surefire said about the fork (its own words; the line aitest picks from them)
def goodbye = results.iterationSummaries[1].crash
assert results.iterationSummaries[0].crash == null && goodbye != null && !goodbye.isBlank()
assert results.tests.every { t -> t.iterations.every { it.type == null } }
def crashed = 'CRASHED: iteration 2 of 2: the test JVM ended abnormally (' + goodbye + ') after every test it ran had ' +
        'reported; no test run counts it, so the run does not pass, as plain Surefire fails such a build.'
assert log.contains('aitest: ' + crashed)
assert new File(dir, 'report.md').getText('UTF-8').contains('**' + crashed.replace('?', '?') + '**')
assert new File(dir, 'report.md').getText('UTF-8').contains('\u274C FAIL')
assert new File(dir, 'report.html').getText('UTF-8').contains('>' + crashed + '</section>')
assert log.contains('aitest: the test JVM ended abnormally in iteration 2 (' + goodbye + ') after every test it ran ' +
        'had reported, so no test run counts the crash; plain Surefire fails such a build, and aitest does not pass ' +
        'it (pass rate 100% (4/4 runs; 95% CI 51-100%) meets aitest.minPassRate 100%) - see ' +
        'target/aitest-reports/results.json')

// 2. a failing @BeforeAll: Surefire reports the class's error; the iteration neither crashed nor was refused, and
// the tests that never ran get no phantom error
def setup = new JsonSlurper().parse(new File(basedir, 'target/setup/results.json'))
assert setup.iterationSummaries*.crash == [null, null]
assert setup.iterationSummaries*.tests == [2, 1]
assert setup.tests*.id == ['it.SetupTest#', 'it.SetupTest#a', 'it.SetupTest#b']
assert setup.tests[0].iterations*.outcome == ['error'] && setup.tests[0].iterations[0].iteration == 2
assert setup.tests[0].iterations[0].message == 'setup fails in iteration 2'
assert setup.tests[1..2].collect { it.iterations*.outcome } == [['passed'], ['passed']]
assert !log.contains('test JVM crashed')
def record = new JsonSlurper().parse(new File(basedir, 'target/setup/iteration-2/aitest-iteration.json'))
assert record.crash == null && record.refused == false
assert !new File(basedir, 'target/setup/report.md').getText('UTF-8').contains('CRASHED')
return true
