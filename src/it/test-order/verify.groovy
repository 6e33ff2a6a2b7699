import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def ran = { String run, int i -> new File(basedir, "target/order-${run}/iteration-${i}.txt").readLines().findAll { it } }

// the rule, written out again: iteration i's seed is the i-th nextLong of SplittableRandom(42); the classes sorted,
// then shuffled by Fisher-Yates with SplittableRandom(seed); each class's methods the same with seed + (the hash of
// its name) x 0x9E3779B97F4A7C15
def shuffle = { List<String> names, long seed ->
    def order = new ArrayList<String>(names.sort(false))
    def random = new java.util.SplittableRandom(seed)
    for (int i = order.size() - 1; i > 0; i--) {
        Collections.swap(order, i, random.nextInt(i + 1))
    }
    order
}
def seeds = new java.util.SplittableRandom(42L)
def results = new JsonSlurper().parse(new File(basedir, 'target/first/results.json'))
(1..3).each { i ->
    long seed = seeds.nextLong()
    assert results.iterationSummaries[i - 1].seed == seed
    def expected = []
    shuffle(['it.AlphaTest', 'it.BetaTest', 'it.GammaTest'], seed).each { cls ->
        long own = seed + cls.hashCode() * 0x9E3779B97F4A7C15L
        shuffle(['a()', 'b()', 'c()'], own).each { m -> expected << cls.substring(3) + '#' + m[0] }
    }
    assert ran('first', i) == expected : "iteration ${i}: ${ran('first', i)}"
    // the same seed, the same orders
    assert ran('second', i) == ran('first', i)
}
// the iterations do not all run in one order
assert (1..3).collect { ran('first', it) }.unique().size() > 1
assert results.tests.size() == 9 && results.summary.passedRuns == 27
// shuffled, so classified by default: no flaky test, no run of its own
assert results.classification.runs == 0 && results.classification.orderDependent == 0
assert log.contains("aitest: classification: no flaky test to classify")
assert log.contains('aitest: aitest.order=random with aitest.seed=42 (each iteration\'s order from it; -Daitest.seed=42 runs the same orders again)')
assert log.contains("aitest: aitest.seed is '42' but aitest.order is as-is, so no order is shuffled")
assert !new File(basedir, 'target/order-refused').exists()
return true
