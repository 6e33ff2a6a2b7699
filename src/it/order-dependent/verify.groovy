import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def read = { String folder -> new JsonSlurper().parse(new File(basedir, "target/${folder}/results.json")) }
def first = read('first')
def second = read('second')
def test = { results, String id -> results.tests.find { it.id == id } }
def letters = { t -> t.iterations.collect { it.outcome == 'passed' ? 'P' : 'F' }.join('') }

// aitest:report (invocation 7) rewrote it with another threshold: read back, the findings are all there
assert first.minPassRate == 70.0
assert log.contains('aitest: classification: 4 flaky tests in 20 runs of their own')

// each iteration's seed is the i-th nextLong of SplittableRandom(1)
def seeds = new java.util.SplittableRandom(1L)
(1..4).each { i -> assert first.iterationSummaries[i - 1].seed == seeds.nextLong() }
// the outcomes the orders of those seeds give (the orders worked out by the rule in the README), and the same
// outcomes for the same seed again
def expected = ['it.ReaderTest#readsEmptyCache': 'PFPF', 'it.CounterTest#startsAtZero': 'PPFF',
                'it.UsesConfigTest#readsConfig': 'PFPF', 'it.FlipTest#flips': 'PFPP', 'it.CacheTest#fillsCache': 'PPPP',
                'it.CounterTest#increments': 'PPPP', 'it.ConfigTest#loadsConfig': 'PPPP', 'it.PlainTest#plain': 'PPPP']
def parallel = read('parallel')
expected.each { id, outcomes ->
    assert letters(test(first, id)) == outcomes : id
    assert letters(test(second, id)) == outcomes : id
    assert letters(test(parallel, id)) == outcomes : id
}
assert parallel.iterationSummaries*.seed == first.iterationSummaries*.seed
// the classification's runs count in no pass rate
assert first.summary.runs == 32 && first.summary.passedRuns == 25 && first.summary.failedRuns == 7
assert first.classification == [runs: 20, maxRuns: 30, orderDependent: 3, nonDeterministic: 1, unknown: 0,
                                durationMs: first.classification.durationMs]
assert second.classification == null
assert second.tests.every { it.flakiness == null }

def reader = test(first, 'it.ReaderTest#readsEmptyCache')
assert reader.flakiness == 'order-dependent'
assert reader.polluters == ['it.CacheTest#fillsCache'] && reader.stateSetters == null
assert reader.flakinessEvidence == [reason: 'its outcome followed the order both times; it passes alone', role: 'victim',
        failingIteration: 2, failedAgain: true, passingIteration: 1, passedAgain: true, alone: 'passed', runs: 7]
def counter = test(first, 'it.CounterTest#startsAtZero')
assert counter.flakiness == 'order-dependent' && counter.polluters == ['it.CounterTest#increments']
assert counter.flakinessEvidence.failingIteration == 3 && counter.flakinessEvidence.runs == 6
def config = test(first, 'it.UsesConfigTest#readsConfig')
assert config.flakiness == 'order-dependent' && config.flakinessEvidence.role == 'brittle'
assert config.stateSetters == ['it.ConfigTest#loadsConfig'] && config.polluters == null
assert config.flakinessEvidence.alone == 'failed' && config.flakinessEvidence.runs == 3
def flip = test(first, 'it.FlipTest#flips')
assert flip.flakiness == 'non-deterministic' && flip.polluters == null
assert flip.flakinessEvidence == [reason: 'it passed in the order it had failed in', failingIteration: 2,
        failedAgain: false, passingIteration: 1, passedAgain: true, alone: 'passed', runs: 1]
assert first.tests.findAll { it.flakiness != null }.size() == 4
// three orders run again (iterations 1, 2, 3) and 17 runs for the tests themselves
assert [reader, counter, config, flip].sum { it.flakinessEvidence.runs } == 17
assert (1..20).every { new File(basedir, "target/first/classification/test/run-${it}").isDirectory() }
assert !new File(basedir, 'target/first/classification/test/run-21').exists()

// the commands, as given to invocations 3-5, fail the victims there
def reproduce = [
    (reader): ['reproduce-reader', 'mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed -Dtest=it.CacheTest#fillsCache,it.ReaderTest#readsEmptyCache'],
    (counter): ['reproduce-counter', 'mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed -Dtest=it.CounterTest#increments,it.CounterTest#startsAtZero'],
    (config): ['reproduce-config', 'mvn test-compile aitest:test -Daitest.iterations=1 -Dtest=it.UsesConfigTest#readsConfig']]
reproduce.each { t, folderAndCommand ->
    assert t.reproduce == folderAndCommand[1]
    def again = read(folderAndCommand[0])
    assert letters(test(again, t.id)) == 'F' : t.id
    assert log.contains('aitest:     reproduce: ' + folderAndCommand[1])
}
assert read('reproduce-reader').tests*.id.sort() == ['it.CacheTest#fillsCache', 'it.ReaderTest#readsEmptyCache']
assert flip.reproduce == 'mvn test-compile aitest:test -Daitest.iterations=4 -Dtest=it.FlipTest#flips'

// the outputs
assert log.contains('aitest: classification: 4 flaky tests in 20 runs of their own (at most 30, aitest.classifyRuns; '
        + 'in no pass rate): 3 order-dependent, 1 non-deterministic')
assert log.contains('aitest:   it.ReaderTest#readsEmptyCache: order-dependent (victim), fails after it.CacheTest#fillsCache')
assert log.contains('aitest:   it.UsesConfigTest#readsConfig: order-dependent (brittle), passes only after it.ConfigTest#loadsConfig')
def md = new File(basedir, 'target/first/report.md').getText('UTF-8')
assert md.contains('## Why the flaky tests are flaky')
assert md.contains('| <code>it.ReaderTest\\#readsEmptyCache</code> | order-dependent (victim) | fails after it.CacheTest\\#fillsCache | '
        + '<code>mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed -Dtest=it.CacheTest\\#fillsCache,it.ReaderTest\\#readsEmptyCache</code> |')
def junit = new File(basedir, 'target/first/junit/TEST-it.ReaderTest.xml').getText('UTF-8')
assert junit.contains('name="aitest.readsEmptyCache.flakiness" value="order-dependent"')
assert junit.contains('name="aitest.readsEmptyCache.polluters" value="it.CacheTest#fillsCache"')
def html = new File(basedir, 'target/first/report.html').getText('UTF-8')
assert html.contains('data-filter="order-dependent"') && html.contains('id="classification"')

assert log.contains("aitest: aitest.order is 'listed', which runs the tests in the order -Dtest lists them, but -Dtest is not given")
assert !new File(basedir, 'target/refused/iteration-1').exists()
return true
