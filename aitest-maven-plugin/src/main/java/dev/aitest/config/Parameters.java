package dev.aitest.config;

import java.util.regex.Pattern;

/** Parses and checks the values users give to {@code aitest.*} properties, before any work starts. */
public final class Parameters {

    /** Property: how many times every test runs. */
    public static final String ITERATIONS = "aitest.iterations";
    /** Property: how many iterations run at the same time. */
    public static final String PARALLEL_ITERATIONS = "aitest.parallelIterations";
    /** Property: the lowest acceptable overall pass rate, in percent. */
    public static final String MIN_PASS_RATE = "aitest.minPassRate";

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

    private static int positive(String property, String value, int example) throws InvalidParameterException {
        String text = value == null ? "" : value.trim();
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

    /** {@code aitest.minPassRate}: a percentage from 0 to 100; a trailing {@code %} is allowed. */
    public static double minPassRate(String value) throws InvalidParameterException {
        String text = value == null ? "" : value.trim();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        double parsed = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!(parsed >= 0 && parsed <= 100)) {
            throw invalid(MIN_PASS_RATE, value, "a percentage from 0 to 100", "-D" + MIN_PASS_RATE + "=80");
        }
        return parsed + 0.0; // turns -0 into 0
    }

    private static InvalidParameterException invalid(String property, String value, String allowed, String example) {
        return new InvalidParameterException(String.format(
                "aitest: %s is '%s' but must be %s; set it in the plugin's <configuration> or on the command line, e.g. %s",
                property, value, allowed, example));
    }
}
