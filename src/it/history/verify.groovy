import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def h = results.history

// 1-6: the five builds, then aitest:report over the fifth: the window is the five, this build last; the damaged
// record of the folder is left out, with a warning in every build that names it
def damaged = new File(basedir, 'history/20000101T000000000Z-local-00000000.json').path
assert log.contains("aitest: the history record ${damaged} is damaged (")
assert h.size == 30 && h.skippedRecords == 1
assert h.builds*.passRate == [75.0, 50.0, 83.33, 66.67, 91.67]
assert h.builds*.passedRuns == [9, 6, 10, 8, 11] && h.builds*.countedRuns == [12] * 5
assert h.builds*.current == [false, false, false, false, true]
assert h.builds[4].startedAt == results.startedAt
assert [h.worse, h.better, h.newlyFlaky, h.environment] == [0, 1, 1, 1]
def test = { name -> h.tests.find { it.id == "it.ChangingTest#${name}" } }

// flaky from build 3 on: since build 3, 2 builds ago, after builds that passed it
def flaky = test('turnsFlaky')
assert flaky.trend == [100.0, 100.0, 66.67, 66.67, 66.67]
assert [flaky.builds, flaky.passedRuns, flaky.countedRuns, flaky.pooledPassRate] == [5, 12, 15, 80.0]
assert flaky.since.outcome == 'flaky' && flaky.since.buildsAgo == 2 && flaky.since.newly && !flaky.since.atLeast
assert flaky.since.startedAt == h.builds[2].startedAt
assert flaky.change == null && flaky.environment == null

// passes or fails whole builds: flaky across builds, stable within each
def environment = test('environment')
assert environment.trend == [100.0, 0.0, 100.0, 0.0, 100.0]
assert environment.environment == true && environment.since == null && environment.pooledPassRate == 60.0

// older half (builds 1-2) 0 of 6, newer half (builds 4-5) 6 of 6: p = 1/C(12,6) = 1/924, x4 by Holm over 4 tests
def improves = test('improves')
assert improves.trend == [0.0, 0.0, 66.67, 100.0, 100.0]
assert improves.change == 'better' && improves.since == null
assert Math.abs(improves.pValue - 1 / 924d) < 1e-12 && Math.abs(improves.adjustedPValue - 4 / 924d) < 1e-12

def stable = test('stable')
assert stable.trend == [100.0] * 5 && stable.since == null && stable.change == null && stable.environment == null

// report.md names the tests that changed
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert md.contains('## Across builds\n\nhistory: 5 builds (the newest 30 kept, aitest.historySize): 0 got worse, 1 got '
        + 'better, 1 newly flaky, 1 flaky across builds only (environment); 1 record of the folder left out.\n\n'
        + 'Pass rate per build, oldest first: 75%, 50%, 83.33%, 66.67%, 91.67%.\n') : md
assert md.contains('| newly flaky | <code>it.ChangingTest\\#turnsFlaky</code> | flaky since ')
assert md.contains(', 2 builds ago; pass rate per build 100, 100, 66.67, 66.67, 66.67 |')
assert md.contains('| environment | <code>it.ChangingTest\\#environment</code> | passes or fails whole builds; pass '
        + 'rate per build 100, 0, 100, 0, 100 |')
assert md.contains('| got better | <code>it.ChangingTest\\#improves</code> | got better between the older and the '
        + 'newer half of the builds (p = 0.0043 after Holm\'s correction); pass rate per build 0, 0, 66.67, 100, 100 |')

// report.html in headless Chromium: the script ran to the end and drew a trend per test, its numbers in its title
def (dom, err) = evaluate(new File(basedir, '../it-parent/HeadlessChromium.groovy'))(basedir,
        new File(basedir, 'target/aitest-reports/report.html'))
new File(basedir, 'target/report.dom.html').setText(dom, 'UTF-8')
assert dom.contains('data-ready="true"') : dom
assert !err.contains('Uncaught') : err
assert (dom =~ /<svg class="spark"/).size() == 4
assert dom.contains('aria-label="pass rate per build, oldest first: 100, 100, 66.67, 66.67, 66.67; 12/15 · 80% (')
assert dom.contains('id="history-builds"') && (dom =~ /data-filter="worse"/).size() == 1

// 7: a sixth build keeping 2 records: its window is build 5 and itself, and the folder holds those two alone
def pruned = new JsonSlurper().parse(new File(basedir, 'target/pruned/results.json')).history
assert pruned.size == 2 && pruned.builds.size() == 2 && pruned.builds[0].startedAt == results.startedAt
def files = new File(basedir, 'history').listFiles().sort { it.name }
assert files.size() == 2
files.each { assert it.name ==~ /\d{8}T\d{9}Z-([0-9a-f]{7}|local)-[0-9a-f]{8}\.json/ }
def records = files.collect { new JsonSlurper().parse(it) }
assert records*.format == ['aitest-history', 'aitest-history'] && records*.version == [1, 1]
assert records[0].startedAt == results.startedAt
// one line per test, as a baseline file has them
assert records[0].classes[0].tests == [environment: [3, 3], improves: [3, 3], stable: [3, 3], turnsFlaky: [2, 3]]
assert records[0].criteria == [minPassRate: 100.0, confidence: 0.95, gate: 'observed']
assert records.every { it.commit == null || it.commit ==~ /[0-9a-f]{7,64}/ }

// 8, 9: refused before any test ran
assert log.contains("aitest: aitest.history is 'pom.xml', but ")
assert log.contains("aitest: aitest.historySize is '0' but must be a whole number of 1 or more")
assert !new File(basedir, 'target/refused/iteration-1').exists()
return true
