// A second, plain implementation of the figures aitest writes to results.json, for the ITs to check them against.
// Written from the formulas in the README; it shares no code with the plugin. Evaluate it and call its closures.
import java.math.RoundingMode

// two-sided normal quantiles, from published tables
def Z = [0.90d: 1.6448536269514722d, 0.95d: 1.959963984540054d, 0.99d: 2.5758293035489004d]

// [low, high] of the Wilson score interval of k of n, as fractions
def wilson = { double k, double n, double z ->
    double p = k / n
    double d = 1 + z * z / n
    double centre = (p + z * z / (2 * n)) / d
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    [Math.max(0d, centre - half), Math.min(1d, centre + half)]
}

// [low, high, designEffect, p] over tests with k[i] of n[i] counted runs
def clustered = { List<Integer> k, List<Integer> n, double z ->
    int g = k.size()
    double sumK = k.sum()
    double sumN = n.sum()
    double p = sumK / sumN
    double vb = p * (1 - p) / sumN
    double effect = 1
    if (g > 1 && vb > 0) {
        double squares = 0
        (0..<g).each { i -> squares += (k[i] - p * n[i]) * (k[i] - p * n[i]) }
        effect = Math.max(1d, (g / (g - 1d)) * squares / (sumN * sumN) / vb)
    }
    double e = sumN / effect
    def interval = wilson(p * e, e, z)
    [interval[0], interval[1], effect, p]
}

// how results.json writes bounds: percent, two decimals, the lower rounded down and the upper up
def down = { double f -> new BigDecimal(f * 100 + 1e-9).setScale(2, RoundingMode.FLOOR).doubleValue() }
def up = { double f -> Math.min(100d, new BigDecimal(f * 100 - 1e-9).setScale(2, RoundingMode.CEILING).doubleValue()) }

// the smallest m in 0..10000 after which the interval at the same rate settles t (a fraction); null if none
def moreRuns = { int k, int n, double t, double z ->
    double p = k / (double) n
    for (int m = 0; m <= 10000; m++) {
        def i = wilson(p * (n + m), n + m, z)
        if (i[0] >= t || i[1] < t) {
            return m
        }
    }
    null
}

def moreIterations = { double p, int runs, int iterations, double effect, double t, double z ->
    for (int m = 0; m <= 10000; m++) {
        double e = runs * (iterations + m) / (iterations * effect)
        def i = wilson(p * e, e, z)
        if (i[0] >= t || i[1] < t) {
            return m
        }
    }
    null
}

// pass^k of one test with c passes of n runs: C(c, k) / C(n, k)
def choose = { int n, int k -> k < 0 || k > n ? 0g : (0..<k).inject(1g) { acc, i -> acc * (n - i) / (i + 1) } }
def passHat = { int c, int n, int k -> (choose(c, k) as BigDecimal).divide(choose(n, k) as BigDecimal, 30, RoundingMode.HALF_EVEN).doubleValue() }

[Z: Z, wilson: wilson, clustered: clustered, down: down, up: up, moreRuns: moreRuns, moreIterations: moreIterations,
 passHat: passHat]
