// Checks a run of shuffled classes (aitest.order=random) and the same run again: each iteration's seed is the i-th
// nextLong of SplittableRandom(seed); the order the classes started in, as aitest-runtime wrote it down, is the same
// for the same seed, holds every class, and is not the same in every iteration. Evaluate it and call the closure
// with basedir, the two reports folders under target/, the seed, the iterations and the number of classes.
import groovy.json.JsonSlurper

def classOrder = { File basedir, String folder, int i ->
    def dir = new File(basedir, "target/${folder}/iteration-${i}/sidecars")
    dir.listFiles().findAll { it.name.startsWith('order-') }.sort { it.name }.collectMany { f ->
        f.readLines().findAll { it }.collect { new JsonSlurper().parseText(it)[0] } }.unique()
}
return { File basedir, String first, String again, long seed, int iterations, int classes ->
    def results = new JsonSlurper().parse(new File(basedir, "target/${first}/results.json"))
    def seeds = new java.util.SplittableRandom(seed)
    (1..iterations).each { i ->
        assert results.iterationSummaries[i - 1].seed == seeds.nextLong()
        assert classOrder(basedir, first, i).size() == classes
        assert classOrder(basedir, first, i) == classOrder(basedir, again, i) : "iteration ${i}"
    }
    assert (1..iterations).collect { classOrder(basedir, first, it) }.unique().size() > 1
    results
}
