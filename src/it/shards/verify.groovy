import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def read = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def single = read('target/single/results.json')
def one = read('target/shards/one/aitest-reports/results.json')
def two = read('target/shards/two/aitest-reports/results.json')
def merged = read('target/merged/results.json')

// each shard ran its share with the global indices, and says which share it holds
assert one.shard == [index: 1, count: 2, first: 1, last: 2] && one.finishedIterations == [1, 2] && one.iterations == 4
assert two.shard == [index: 2, count: 2, first: 3, last: 4] && two.finishedIterations == [3, 4]
assert log.contains('aitest: this job runs shard 1/2 (iterations 1-2 of 4); aitest:merge puts the shards\' reports back together')
assert log.contains('aitest: iteration 3/4 starting')
assert two.tests.find { it.id == 'it.AgentTest#third' }.iterations*.outcome == ['error', 'passed']

// the merge equals the single run apart from timings
def timeless
timeless = { value ->
    if (value instanceof Map) {
        value.findAll { k, v -> !(k in ['durationMs', 'startedAt']) }.collectEntries { k, v -> [k, timeless(v)] }
    } else if (value instanceof List) {
        value.collect { timeless(it) }
    } else {
        value
    }
}
assert merged.shard == null && merged.missingIterations == null
assert merged.finishedIterations == [1, 2, 3, 4]
assert timeless(merged) == timeless(single)
def s = merged.summary
assert [s.tests, s.passedRuns, s.failedRuns, s.passRate] == [4, 13, 3, 81.25]
assert s.tokens == 4 * 1100 + 4 * 2200
assert merged.agents*.agent == ['bot']
assert merged.tests.find { it.id == 'it.AgentTest#even' }.iterations*.outcome == ['failed', 'passed', 'failed', 'passed']
// the iteration folders are in the merged directory, so that aitest:report works on it
(1..4).each { assert new File(basedir, "target/merged/iteration-${it}/TEST-it.AgentTest.xml").isFile() }
assert new File(basedir, 'target/merged/report.html').isFile() && new File(basedir, 'target/merged/report.md').isFile()
assert log.contains('aitest: merged iterations 1, 2, 3, 4 of 4 into target/merged/results.json')

// verify on the merge; verify on one shard says it judges part of the run
assert log.contains('aitest: pass rate 81% (13/16 runs; 95% CI 51-95%) meets aitest.minPassRate 60%')
assert log.contains('aitest: these results hold shard 1/2 (iterations 1-2 of 4) of a sharded run; aitest:merge puts '
        + 'the shards together: this verdict judges only part of the run')

// the same iterations from two inputs: refused before anything is written
assert log.contains('aitest: iteration 1 is in both ')
assert log.contains('target/shards/one/aitest-reports and ' + new File(basedir, 'target/single').toPath().normalize()
        + '; each iteration must come from one shard')
assert !new File(basedir, 'target/refused').exists()

// a missing shard: merged with a warning, recorded
assert log.contains('aitest: no input holds iterations 1, 2 of 4; the merge holds the 2 that ran, and results.json '
        + 'records the missing ones (is a shard\'s reports directory missing from aitest.mergeFrom?)')
def partial = read('target/partial/results.json')
assert partial.missingIterations == [1, 2] && partial.finishedIterations == [3, 4]
assert new File(basedir, 'target/partial/report.md').getText('UTF-8').contains('these merged results lack iterations 1, 2 of 4')

// an output inside an input, however it is named: refused, the input untouched
assert log.contains('aitest: the output (aitest.reportsDirectory) ')
assert log.contains('/target/shards/one/aitest-reports/merged lies inside the input ')
assert !new File(basedir, 'target/shards/one/aitest-reports/merged').exists()
(1..2).each { assert new File(basedir, "target/shards/one/aitest-reports/iteration-${it}/aitest-iteration.json").isFile() }

// a bad shard is refused before any test runs
assert log.contains("aitest: aitest.shard is '3/2' but must be i/n, this job's share of the iterations, with "
        + "1 <= i <= n <= aitest.iterations (4); set it in the plugin's <configuration> or on the command line, "
        + "e.g. -Daitest.shard=1/2")
assert !new File(basedir, 'target/bad').exists()

// Surefire's own report plugin renders the merged JUnit XML
def rendered = ['target/site/surefire-report.html', 'target/reports/surefire.html', 'target/site/surefire.html']
        .collect { new File(basedir, it) }.find { it.isFile() }
assert rendered != null : 'maven-surefire-report-plugin wrote no report'
def html = rendered.getText('UTF-8')
assert html.contains('it.AgentTest') || html.contains('AgentTest')
assert html.contains('seesTheGlobalIndex')
// shuffled: the merge of the shards equals the single run, iteration by iteration, seeds included
def shuffledSingle = read('target/shuffled/single/results.json')
def shuffledMerged = read('target/shuffled/merged/results.json')
def shuffledSeeds = new java.util.SplittableRandom(5L)
assert shuffledSingle.iterationSummaries*.seed == (1..4).collect { shuffledSeeds.nextLong() }
assert shuffledMerged.iterationSummaries*.seed == shuffledSingle.iterationSummaries*.seed
def byTest = { r -> r.tests.collectEntries { [(it.id): it.iterations.collect { run -> [run.iteration, run.outcome] }] } }
assert byTest(shuffledMerged) == byTest(shuffledSingle)
assert shuffledMerged.summary.passedRuns == shuffledSingle.summary.passedRuns
// a shard is not classified (it holds only some iterations' orders)
assert read('target/shuffled/shards/one/results.json').classification == null
return true
