package dev.aitest.stats;

/** Comparing two rates by a normal approximation of their difference. */
public final class Compare {

    private Compare() {
    }

    /**
     * Whether an agent is behind the leader: with d = leaderRate - agentRate and
     * se = sqrt(leaderVariance + agentVariance), true when d - z*se > 0, i.e. the interval d +- z*se lies wholly above
     * 0. Rates are fractions; the variances are those of their intervals ({@link Clustered#variance}).
     *
     * @throws IllegalArgumentException when a variance is negative or NaN
     */
    public static boolean behind(double leaderRate, double leaderVariance, double agentRate, double agentVariance,
            double z) {
        if (!(leaderVariance >= 0 && agentVariance >= 0)) {
            throw new IllegalArgumentException("variances must be >= 0, got " + leaderVariance + ", " + agentVariance);
        }
        double difference = leaderRate - agentRate;
        double standardError = Math.sqrt(leaderVariance + agentVariance);
        return difference - z * standardError > 0;
    }
}
