import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def warning = "[WARNING] aitest: failsafe-old-snippet binds Failsafe's integration-test goal, but the aitest execution " +
        "lists no integration-test goal: the integration tests run once, outside aitest, and are in none of its " +
        "results; add <goal>integration-test</goal> to the aitest execution's <goals> (between <goal>test</goal> and " +
        "<goal>verify</goal>) to run them aitest.iterations times too"
// said once, by the build that reached the integration tests, not by the one that stopped at test
assert log.count(warning) == 1 : log

// 1: the unit test ran twice through aitest, the integration test once, through Failsafe alone
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
assert results.tests*.id == ['it.UnitTest#ok']
assert results.tests[0].iterations*.iteration == [1, 2]
assert new File(basedir, 'target/it-runs.log').readLines() == ['run']
// 2: the unit tests only
assert new File(basedir, 'target/unit-only/results.json').isFile()
return true
