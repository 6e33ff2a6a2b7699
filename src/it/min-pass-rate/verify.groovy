import groovy.json.JsonSlurper

def stats = evaluate(new File(basedir, '../it-parent/Stats.groovy'))
def results = new JsonSlurper().parse(new File(basedir, 'target/aitest-reports/results.json'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def test = { id -> results.tests.find { it.id == id } ?: { assert false : "no ${id}" }() }
double z = stats.Z[0.95d]

// results.json was written by invocation 1 (aitest:verify never rewrites it)
assert results.confidence == 0.95 && results.gate == 'observed' && results.minTestPassRate == 80.0
assert results.minPassRate == 60.0

// the threshold in force for each test, and where it came from: method, class, enclosing class, property
def expected = [
    'it.AgentTest#halfTheTime'    : [2, 50.0, '@MinPassRate', true],
    'it.AgentTest#mostly'         : [3, 90.0, '@MinPassRate', false],
    'it.AgentTest$Inner#inherits' : [4, 50.0, '@MinPassRate', true],
    'it.PlainTest#sometimes'      : [3, 80.0, 'aitest.minTestPassRate', false],
    'it.PlainTest#always'         : [4, 80.0, 'aitest.minTestPassRate', true],
]
assert results.tests*.id.toSet() == expected.keySet()
expected.each { id, e ->
    def t = test(id)
    int k = e[0]
    def interval = stats.wilson(k, 4, z)
    assert [t.passedRuns, t.failedRuns] == [k, 4 - k] : id
    assert t.minPassRate == e[1] && t.thresholdFrom == e[2] && t.meetsThreshold == e[3] : "${id}: ${t}"
    assert t.passRateLow == stats.down(interval[0]) && t.passRateHigh == stats.up(interval[1]) : "${id}: ${t}"
    double threshold = e[1] / 100
    assert t.conclusive == (interval[0] >= threshold || interval[1] < threshold) : id
    assert t.iterationsToSettle == stats.moreRuns(k, 4, threshold, z) : "${id}: ${t.iterationsToSettle}"
}
// by hand: 3 of 4 is [30.06, 95.45]; against 90 it would settle after 12 more runs at 75%, against 80 after 242
assert test('it.AgentTest#mostly').passRateLow == 30.06 && test('it.AgentTest#mostly').passRateHigh == 95.45
assert test('it.AgentTest#mostly').iterationsToSettle == 12
assert test('it.PlainTest#sometimes').iterationsToSettle == 242

// overall: 16 of 20 over five tests of 4 runs
def s = results.summary
def overall = stats.clustered(expected.values()*.getAt(0), [4] * 5, z)
assert [s.passedRuns, s.failedRuns] == [16, 4]
assert s.passRateLow == stats.down(overall[0]) && s.passRateHigh == stats.up(overall[1])
assert s.designEffect == new BigDecimal(overall[2]).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue()
assert s.conclusive == false
assert s.iterationsToSettle == stats.moreIterations(overall[3], 20, 4, overall[2], 0.60d, z)
assert s.iterationsToSettle == 2
(1..4).each { k ->
    double mean = expected.values().collect { stats.passHat(it[0], 4, k) }.sum() / 5 * 100
    assert s.passHatK["${k}"] == new BigDecimal(mean).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()
}

// invocation 1: the run's closing lines, then the verdict naming both tests, the furthest below first
assert log.contains('aitest: 80% (95% CI 57-92%) does not settle aitest.minPassRate 60%: about 2 more iterations '
        + 'would, if the rate held')
assert log.contains('aitest: pass rate 80% (16/20 runs; 95% CI 57-92%) meets aitest.minPassRate 60%; 2 tests are '
        + 'below their own threshold: it.AgentTest#mostly 3/4 \u00B7 75% (30-95%), threshold 90% (@MinPassRate); '
        + 'it.PlainTest#sometimes 3/4 \u00B7 75% (30-95%), threshold 80% (aitest.minTestPassRate) - see '
        + 'target/aitest-reports/results.json')
// invocation 2: lenient, every upper bound reaches its threshold
assert log.contains('aitest: aitest:verify judges with aitest.gate lenient (not observed), not with what')
assert log.contains('aitest: pass rate 80% (16/20 runs; 95% CI 57-92%): its upper bound meets aitest.minPassRate 60% '
        + '(aitest.gate=lenient)')
// invocation 3: strict, the overall lower bound and four tests' are below
assert log.contains('aitest: pass rate 80% (16/20 runs; 95% CI 57-92%): its lower bound is below aitest.minPassRate '
        + '60% (aitest.gate=strict); 4 tests are below their own threshold (aitest.gate=strict): it.AgentTest#mostly '
        + '3/4 \u00B7 75% (30-95%), threshold 90% (@MinPassRate); it.PlainTest#sometimes 3/4 \u00B7 75% (30-95%), '
        + 'threshold 80% (aitest.minTestPassRate); it.AgentTest#halfTheTime 2/4 \u00B7 50% (15-85%), threshold 50% '
        + '(@MinPassRate); it.PlainTest#always 4/4 \u00B7 100% (51-100%), threshold 80% (aitest.minTestPassRate) - see ')

// the reports show the same
def md = new File(basedir, 'target/aitest-reports/report.md').getText('UTF-8')
assert md.contains('| <code>it.AgentTest\\#mostly</code> | 3/4 \u00B7 75% (30-95%) | 90% (@MinPassRate) | not '
        + 'conclusive: about 12 more runs would settle it, if its rate held |')
def html = new File(basedir, 'target/aitest-reports/report.html').getText('UTF-8')
assert html.contains('id="below-threshold"') && html.contains('95% CI 57-92%')
return true
