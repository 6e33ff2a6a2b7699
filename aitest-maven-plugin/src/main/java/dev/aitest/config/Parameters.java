package dev.aitest.config;

import dev.aitest.model.Shard;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and checks the values users give to {@code aitest.*} properties, before any work starts. */
public final class Parameters {

    /** Property: how many times every test runs. */
    public static final String ITERATIONS = "aitest.iterations";
    /** Property: how many iterations run at the same time. */
    public static final String PARALLEL_ITERATIONS = "aitest.parallelIterations";
    /** Property: the lowest acceptable overall pass rate, in percent. */
    public static final String MIN_PASS_RATE = "aitest.minPassRate";
    /** Property: the threshold every test must reach, in percent. */
    public static final String MIN_TEST_PASS_RATE = "aitest.minTestPassRate";
    /** Property: the confidence level of the intervals. */
    public static final String CONFIDENCE = "aitest.confidence";
    /** Property: how rates are held against their thresholds. */
    public static final String GATE = "aitest.gate";
    /** Property: the cost, in US dollars, after which no further iteration starts. */
    public static final String MAX_COST_USD = "aitest.maxCostUsd";

    /** The smallest cost budget: a millionth of a dollar, the precision costs are recorded with. */
    private static final double MIN_COST_USD = 0.000001;
    /** Property: the wall time a run may take, e.g. 45m or 2h. */
    public static final String MAX_DURATION = "aitest.maxDuration";
    /** Above this many iterations, a run says what it is about to do. */
    public static final int MANY_ITERATIONS = 1_000;
    /** Property: this job's share of the iterations, i/n. */
    public static final String SHARD = "aitest.shard";

    /** Property: run each test only until its verdict is settled. */
    public static final String ADAPTIVE = "aitest.adaptive";
    /** Property: the runs every test gets in an adaptive run before it may stop. */
    public static final String MIN_ITERATIONS = "aitest.minIterations";
    /** Property: the order the tests run in each iteration. */
    public static final String ORDER = "aitest.order";
    /** Property: the seed of the run's test orders. */
    public static final String SEED = "aitest.seed";
    /** Property: whether the flaky tests of a shuffled run are classified. */
    public static final String CLASSIFY = "aitest.classify";
    /** Property: the most runs the classification makes. */
    public static final String CLASSIFY_RUNS = "aitest.classifyRuns";
    /** The default of {@link #CLASSIFY_RUNS}. */
    public static final int DEFAULT_CLASSIFY_RUNS = 30;

    /** Property: whether the runs the provider failed count as failures or are left out of the pass rates. */
    public static final String PROVIDER_ERRORS = "aitest.providerErrors";

    /** {@code aitest.minIterations} when not given: 3, or {@code aitest.iterations} when that is fewer. */
    public static final int DEFAULT_MIN_ITERATIONS = 3;

    private static final Pattern SHARD_FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\s*(?:(\\d{1,6})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?\\s*(?:(\\d{1,9})\\s*s)?\\s*");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Parameters() {
    }

    /** {@code aitest.iterations}: a whole number of 1 or more. */
    public static int iterations(String value) throws InvalidParameterException {
        return positive(ITERATIONS, value, 3);
    }

    /** {@code aitest.parallelIterations}: a whole number of 1 or more. */
    public static int parallelIterations(String value) throws InvalidParameterException {
        return positive(PARALLEL_ITERATIONS, value, 2);
    }

    /** {@code text} as a plain decimal number, or NaN when it is not one. */
    private static double decimal(String text) {
        return DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    }

    private static int positive(String property, String value, int example) throws InvalidParameterException {
        String text = value == null ? "" : value.trim();
        if (text.matches("\\+?\\d+") && new java.math.BigInteger(text.replace("+", "")).bitLength() > 31) {
            throw invalid(property, value, "a whole number of 1 or more no larger than " + Integer.MAX_VALUE,
                    "-D" + property + "=" + example);
        }
        int parsed;
        try {
            parsed = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            parsed = 0;
        }
        if (parsed < 1) {
            throw invalid(property, value, "a whole number of 1 or more", "-D" + property + "=" + example);
        }
        return parsed;
    }

    /** The line a run of more than {@value #MANY_ITERATIONS} iterations says before it starts, else null. */
    public static String manyIterations(int iterations) {
        return iterations <= MANY_ITERATIONS ? null : String.format(java.util.Locale.ROOT,
                "aitest: %s is %,d: every test runs %,d times, which takes that many times as long as one run; "
                        + "stop the build and lower it if that was not meant", ITERATIONS, iterations, iterations);
    }

    /** {@code aitest.maxCostUsd}: US dollars, more than 0; null or blank for no cost budget. */
    public static Double maxCostUsd(String value) throws InvalidParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().replaceFirst("^\\$", "");
        double parsed = decimal(text);
        if (!(parsed > 0) || Double.isInfinite(parsed)) {
            throw invalid(MAX_COST_USD, value, "an amount of US dollars above 0", "-D" + MAX_COST_USD + "=2.50");
        }
        if (parsed < MIN_COST_USD) {
            // costs are recorded to a millionth of a dollar: a smaller budget could be reached by a cost recorded as 0
            throw invalid(MAX_COST_USD, value, "an amount of US dollars of at least 0.000001 (costs are recorded to "
                    + "a millionth of a dollar)", "-D" + MAX_COST_USD + "=0.000001");
        }
        return parsed;
    }

    /**
     * {@code aitest.maxDuration}: hours, minutes and seconds ({@code 45m}, {@code 2h}, {@code 1h30m}, {@code 90s})
     * or ISO-8601 ({@code PT45M}), more than 0; null or blank for no time budget. In milliseconds.
     */
    public static Long maxDuration(String value) throws InvalidParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        long millis = -1;
        java.util.regex.Matcher parts = DURATION.matcher(text);
        if (parts.matches() && (parts.group(1) != null || parts.group(2) != null || parts.group(3) != null)) {
            millis = 1000L * (3600L * number(parts.group(1)) + 60L * number(parts.group(2)) + number(parts.group(3)));
        } else if (text.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                millis = java.time.Duration.parse(text.toUpperCase(java.util.Locale.ROOT)).toMillis();
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                millis = -1;
            }
        }
        if (millis <= 0) {
            throw invalid(MAX_DURATION, value, "a duration above 0 in hours, minutes and seconds (45m, 2h, 1h30m, "
                    + "90s) or ISO-8601 (PT45M)", "-D" + MAX_DURATION + "=45m");
        }
        return millis;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /**
     * {@code aitest.shard}: i/n with 1 &lt;= i &lt;= n &lt;= {@code iterations}, the share of the iterations this job runs; null
     * (blank) for all of them.
     */
    public static Shard shard(String value, int iterations) throws InvalidParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher parts = SHARD_FORMAT.matcher(value);
        if (parts.matches()) {
            int index = Integer.parseInt(parts.group(1));
            int count = Integer.parseInt(parts.group(2));
            if (index >= 1 && index <= count && count <= iterations) {
                return Shard.of(index, count, iterations);
            }
        }
        throw invalid(SHARD, value, "i/n, this job's share of the iterations, with 1 <= i <= n <= aitest.iterations ("
                + iterations + ")", "-D" + SHARD + "=1/" + Math.min(2, iterations));
    }

    /**
     * {@code aitest.adaptive} and {@code aitest.minIterations}: null for a fixed run (adaptive false or blank); for an
     * adaptive one the runs every test gets before it may stop, from 1 to {@code iterations} ({@value
     * #DEFAULT_MIN_ITERATIONS} or {@code iterations} when not given). An adaptive run decides after every iteration
     * from all of them, so it cannot be sharded.
     */
    public static Integer minIterations(String adaptive, String minIterations, int iterations, Shard shard)
            throws InvalidParameterException {
        String flag = adaptive == null ? "" : adaptive.trim().toLowerCase(java.util.Locale.ROOT);
        if (!flag.isEmpty() && !flag.equals("true") && !flag.equals("false")) {
            throw invalid(ADAPTIVE, adaptive, "true or false", "-D" + ADAPTIVE + "=true");
        }
        boolean given = minIterations != null && !minIterations.isBlank();
        int min = given ? positiveAtMost(MIN_ITERATIONS, minIterations, iterations)
                : Math.min(DEFAULT_MIN_ITERATIONS, iterations);
        if (!flag.equals("true")) {
            return null;
        }
        if (shard != null) {
            throw new InvalidParameterException("aitest: " + ADAPTIVE + " is true and " + SHARD + " is '"
                    + shard.index() + "/" + shard.count() + "', but an adaptive run decides after each iteration from "
                    + "all of them, so its iterations cannot be shared out over jobs; remove -D" + SHARD + " (or run "
                    + "with -D" + ADAPTIVE + "=false)");
        }
        return min;
    }

    /**
     * The refusal of an adaptive run ({@code minIterations} not null) whose test plugin ({@code plugin}, e.g.
     * Surefire) has more than one execution of {@code goal}: one test filter would run each unsettled test in every
     * execution. Null when there is nothing to refuse.
     */
    public static String adaptiveExecutions(Integer minIterations, String plugin, String goal, List<String> executions) {
        if (minIterations == null || executions.size() <= 1) {
            return null;
        }
        return "aitest: " + ADAPTIVE + " is true but " + plugin + " has " + executions.size() + " executions of "
                + goal + " in this project (" + String.join(", ", executions) + "); an adaptive run filters the tests "
                + "of one execution. Merge them into one execution, or run with -D" + ADAPTIVE + "=false";
    }

    private static int positiveAtMost(String property, String value, int most) throws InvalidParameterException {
        int parsed;
        try {
            parsed = positive(property, value, Math.min(3, most));
        } catch (InvalidParameterException e) {
            throw invalid(property, value, "a whole number from 1 to aitest.iterations (" + most + ")",
                    "-D" + property + "=" + Math.min(3, most));
        }
        if (parsed > most) {
            throw invalid(property, value, "a whole number from 1 to aitest.iterations (" + most + ")",
                    "-D" + property + "=" + Math.min(3, most));
        }
        return parsed;
    }

    /**
     * {@code aitest.order} and {@code aitest.seed}: null for {@code as-is} (blank: the default, the project's own
     * order); for {@code random} the run's seed, {@code seed} when given, else {@code chosen}. A seed without
     * {@code random} is refused: it would order nothing.
     */
    public static Long orderSeed(String order, String seed, java.util.function.LongSupplier chosen)
            throws InvalidParameterException {
        String mode = order == null ? "" : order.trim().toLowerCase(java.util.Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("as-is") && !mode.equals("random") && !mode.equals("listed")) {
            throw invalid(ORDER, order, "as-is (the project's own order), random (a shuffled order per iteration) or "
                    + "listed (the order -Dtest lists the tests in)", "-D" + ORDER + "=random");
        }
        boolean given = seed != null && !seed.isBlank();
        Long parsed = null;
        if (given) {
            try {
                parsed = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                throw invalid(SEED, seed, "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                        "-D" + SEED + "=42");
            }
        }
        if (!mode.equals("random")) {
            if (given) {
                throw new InvalidParameterException("aitest: " + SEED + " is '" + seed + "' but " + ORDER + " is "
                        + (mode.isEmpty() ? "as-is" : mode) + ", so no order is shuffled; add -D" + ORDER
                        + "=random, or leave " + SEED + " out");
            }
            return null;
        }
        return given ? parsed : chosen.getAsLong();
    }

    /**
     * {@code aitest.order=listed}: the tests of {@code tests} (the value of {@code property}, {@code test} or
     * {@code it.test}) in the order they are listed, {@code Class#a+b} as {@code Class#a} then {@code Class#b}, a class
     * alone with a null name; null for any other order. Patterns and exclusions are refused: a pattern has no order.
     */
    public static List<dev.aitest.model.TestFilter.Test> listedOrder(String order, String tests, String property)
            throws InvalidParameterException {
        if (order == null || !order.trim().equalsIgnoreCase("listed")) {
            return null;
        }
        if (tests == null || tests.isBlank()) {
            throw new InvalidParameterException("aitest: " + ORDER + " is 'listed', which runs the tests in the order -D"
                    + property + " lists them, but -D" + property + " is not given; add e.g. -D" + property
                    + "=com.example.CacheTest#fills,com.example.ReaderTest#reads");
        }
        List<dev.aitest.model.TestFilter.Test> listed = new java.util.ArrayList<>();
        for (String entry : tests.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.matches(".*[*?!%\\[\\]/].*")) {
                throw invalid(property, tests, "a list of classes or Class#method names for " + ORDER + "=listed (a "
                        + "pattern or an exclusion has no order)", "-D" + property + "=com.example.CacheTest#fills,"
                        + "com.example.ReaderTest#reads");
            }
            int hash = trimmed.indexOf('#');
            if (hash < 0) {
                listed.add(new dev.aitest.model.TestFilter.Test(trimmed, null));
            } else {
                for (String method : trimmed.substring(hash + 1).split("\\+")) {
                    if (!method.isBlank()) {
                        listed.add(new dev.aitest.model.TestFilter.Test(trimmed.substring(0, hash), method.trim()));
                    }
                }
            }
        }
        return listed;
    }

    /** {@code aitest.historySize}: how many records the history keeps, a whole number of 1 or more (blank: 30). */
    public static int historySize(String value) throws InvalidParameterException {
        return value == null || value.isBlank() ? 30 : positive("aitest.historySize", value, 30);
    }

    /**
     * {@code aitest.classify} and {@code aitest.classifyRuns}: the most runs the classification of the flaky tests may
     * make, 0 for none. It is on by default when the orders are shuffled ({@code orderSeed} not null) and the job
     * runs every iteration (no {@code shard}); asked for otherwise, it is refused. {@code runs} must be a whole number
     * of 1 or more.
     */
    public static int classifyRuns(String classify, String runs, Long orderSeed, Shard shard)
            throws InvalidParameterException {
        String mode = classify == null ? "" : classify.trim().toLowerCase(java.util.Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("true") && !mode.equals("false")) {
            throw invalid(CLASSIFY, classify, "true or false", "-D" + CLASSIFY + "=false");
        }
        int most = runs == null || runs.isBlank() ? DEFAULT_CLASSIFY_RUNS
                : positive(CLASSIFY_RUNS, runs, DEFAULT_CLASSIFY_RUNS);
        if (mode.equals("false")) {
            return 0;
        }
        if (mode.equals("true") && (orderSeed == null || shard != null)) {
            throw new InvalidParameterException("aitest: " + CLASSIFY + " is true but " + (orderSeed == null
                    ? ORDER + " is not random: the classification runs again the shuffled orders the tests failed and "
                    + "passed in; add -D" + ORDER + "=random"
                    : SHARD + " is given: a shard holds only some iterations, and the classification needs the orders "
                    + "of all; classify in a run of every iteration, or leave " + CLASSIFY + " out"));
        }
        return orderSeed == null || shard != null ? 0 : most;
    }

    /**
     * {@code aitest.providerErrors}: {@code count} (blank: the default; the provider's failures count as failures) or
     * {@code exclude} (true: they are left out of every pass rate).
     */
    public static boolean excludeProviderErrors(String value) throws InvalidParameterException {
        String text = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.isEmpty() || text.equals("count")) {
            return false;
        }
        if (text.equals("exclude")) {
            return true;
        }
        throw invalid(PROVIDER_ERRORS, value, "count (the provider's failures count as failures) or exclude (they "
                + "are left out of every pass rate)", "-D" + PROVIDER_ERRORS + "=exclude");
    }

    /** {@code aitest.minTestPassRate}: a percentage from 0 to 100, or null (blank) for none. */
    public static Double minTestPassRate(String value) throws InvalidParameterException {
        return value == null || value.isBlank() ? null : percentage(MIN_TEST_PASS_RATE, value);
    }

    /** {@code aitest.confidence}: a level from 0.5 to 0.999, or null (blank) for the recorded or default one. */
    public static Double confidence(String value) throws InvalidParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        double parsed = decimal(text);
        if (!(parsed >= 0.5 && parsed <= 0.999)) {
            throw invalid(CONFIDENCE, value, "a confidence level from 0.5 to 0.999", "-D" + CONFIDENCE + "=0.99");
        }
        return parsed;
    }

    /** {@code aitest.gate}: observed, strict or lenient, or null (blank) for the recorded or default one. */
    public static String gate(String value) throws InvalidParameterException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!text.equals("observed") && !text.equals("strict") && !text.equals("lenient")) {
            throw invalid(GATE, value, "observed (the observed rate against the threshold), strict (its interval's "
                    + "lower bound) or lenient (its upper bound)", "-D" + GATE + "=strict");
        }
        return text;
    }

    /** {@code aitest.minPassRate}: a percentage from 0 to 100; a trailing {@code %} is allowed. */
    public static double minPassRate(String value) throws InvalidParameterException {
        return percentage(MIN_PASS_RATE, value);
    }

    private static double percentage(String property, String value) throws InvalidParameterException {
        String text = value == null ? "" : value.trim();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        double parsed = decimal(text);
        if (!(parsed >= 0 && parsed <= 100)) {
            throw invalid(property, value, "a percentage from 0 to 100", "-D" + property + "=80");
        }
        return parsed + 0.0; // turns -0 into 0
    }

    private static InvalidParameterException invalid(String property, String value, String allowed, String example) {
        return new InvalidParameterException(String.format(
                "aitest: %s is '%s' but must be %s; set it in the plugin's <configuration> or on the command line, e.g. %s",
                property, value, allowed, example));
    }
}
