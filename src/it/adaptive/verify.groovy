import groovy.json.JsonSlurper

def read = { String dir -> new JsonSlurper().parse(new File(basedir, "target/${dir}/results.json")) }
def counts = { String dir, String test ->
    def file = new File(basedir, "target/counts-${dir}/${test}.txt")
    file.exists() ? file.readLines().findAll { it }.collect { it as int } : []
}
def log = new File(basedir, 'build.log').getText('UTF-8')
def byName = { results -> results.tests.collectEntries { [(it.name): it] } }

// worked out by hand (maximum 10, at least 3, threshold 80, half's own 50): the overall rate fails for good in
// iteration 1 and settles after 3; then never and broken after 3, half after 5 (5 of 5 ends at least 5 of 10),
// coin after 6 (3 of 6 ends at most 7 of 10), always after 8, mostly after 9 (8 of 9 ends at least 8 of 10)
def settledAt = [always: 8, never: 3, broken: 3, coin: 6, mostly: 9, half: 5]
def adaptive = read('adaptive')
def fixed = read('fixed')
def a = byName(adaptive)
def f = byName(fixed)
assert a.keySet() == settledAt.keySet()
settledAt.each { name, at ->
    def test = a[name]
    assert test.settledAt == at : "${name} settled after ${test.settledAt}"
    assert test.settledBy == 'determined' : name
    // iterations holds only the runs that happened, and the counter file saw exactly those
    assert test.iterations*.iteration == (1..at).toList() : name
    assert counts('adaptive', name) == (1..at).toList() : name
    // the fixed run of the same maximum: every test 10 times, no settled fields, the same verdict
    assert f[name].iterations.size() == 10 && counts('fixed', name) == (1..10).toList()
    assert f[name].settledAt == null && f[name].settledBy == null
    assert test.meetsThreshold == f[name].meetsThreshold : name
}
assert a.collectEntries { n, t -> [(n): t.meetsThreshold] } == [always: true, never: false, broken: false,
        coin: false, mostly: true, half: true]
assert fixed.adaptive == null

def s = adaptive.adaptive
assert [s.minIterations, s.maxIterations, s.runs, s.fixedRuns, s.savedPercent] == [3, 10, 34, 60, 43.33]
assert s.runs <= 0.6 * s.fixedRuns
assert [s.determined, s.conclusive, s.unsettled] == [6, 0, []]
assert s.costSavedUsd == null
assert s.overall.size() == 1
assert [s.overall[0].kind, s.overall[0].settledAt, s.overall[0].settledBy, s.overall[0].iterations] ==
        ['test', 3, 'determined', 3]
// the overall figures count iterations 1-3, in which every test ran: 10 of 18 runs passed
def sum = adaptive.summary
assert [sum.runs, sum.passedRuns, sum.failedRuns, sum.passRate] == [18, 10, 8, 55.56]
assert fixed.summary.passRate == 56.67
assert adaptive.iterationSummaries*.iteration == (1..9).toList()
assert adaptive.iterationSummaries*.tests == [6, 6, 6, 4, 4, 3, 2, 2, 1]
assert adaptive.complete == true && adaptive.stoppedEarly == null

// the filter is in each iteration's record, and Surefire ran only what it named
def record = { int i -> new JsonSlurper().parse(new File(basedir, "target/adaptive/iteration-${i}/aitest-iteration.json")) }
assert record(3).adaptive.tests == null
assert record(3).adaptive.settled == ['it.VerdictsTest#broken': 'determined', 'it.VerdictsTest#never': 'determined']
assert record(3).adaptive.overall == 'determined'
assert record(4).adaptive.tests == 'it.VerdictsTest#always+coin+half+mostly'
assert record(7).adaptive.tests == 'it.VerdictsTest#always+mostly'
assert record(9).adaptive.tests == 'it.VerdictsTest#mostly'
assert !new File(basedir, 'target/adaptive/iteration-10').exists()

assert log.contains('aitest: iteration 4/10 starting (adaptive: 4 of 6 tests, the others settled)')
assert log.contains('aitest: adaptive: 34 of 60 runs (43% saved); 6 tests settled (6 determined, 0 conclusive); '
        + 'the overall rate settled (determined) after iteration 3 and counts iterations 1-3, in which every test ran')

// the reports say it too
def md = new File(basedir, 'target/adaptive/report.md').getText('UTF-8')
assert md.contains('adaptive: 34 of 60 runs (43% saved)')
def xml = new File(basedir, 'target/adaptive/junit/TEST-it.VerdictsTest.xml')
assert xml.exists()
def junit = xml.getText('UTF-8')
assert junit.contains('<property name="aitest.coin.settledAt" value="6"/>')
assert junit.contains('<property name="aitest.coin.settledBy" value="determined"/>')
assert junit.contains('<property name="aitest.coin.runsMade" value="6"/>')
assert junit.contains('settled (determined) after iteration 6')
def html = new File(basedir, 'target/adaptive/report.html').getText('UTF-8')
assert html.contains('adaptive: 34 of 60 runs (43% saved)')

// two iterations at a time: decided in index order, the same tests settle after the same iterations; an
// iteration already under way when a test settled keeps its run (at most one more)
def p = byName(read('parallel'))
settledAt.each { name, at ->
    assert p[name].settledAt == at && p[name].settledBy == 'determined' : name
    def ran = p[name].iterations*.iteration
    assert ran.take(at) == (1..at).toList() && ran.size() <= at + 1 : "${name} ran ${ran}"
    assert counts('parallel', name).sort() == ran
    assert p[name].meetsThreshold == f[name].meetsThreshold
}
assert read('parallel').summary.passRate == 55.56

// 4: aitest:verify judges the adaptive results: the overall rate over iterations 1-3, the tests below 80%
assert log.contains('aitest: pass rate 56% (10/18 runs; 95% CI 24-83%) is below aitest.minPassRate 100%; 3 tests are '
        + 'below their own threshold: it.VerdictsTest#broken 0/3')
assert log.contains('it.VerdictsTest#coin 3/6')

// 5, 6: refused before any test ran
assert log.contains("aitest: aitest.minIterations is '11' but must be a whole number from 1 to aitest.iterations (10)")
assert log.contains("aitest: aitest.adaptive is true and aitest.shard is '1/2', but an adaptive run decides after each iteration from all of them")
assert !new File(basedir, 'target/counts-refused').exists()
return true
