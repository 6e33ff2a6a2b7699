package dev.aitest.gate;

/**
 * The outcome of the check.
 *
 * @param passed true when the build may go on
 * @param counted false when no run counted, so there was no pass rate to check
 * @param finding what was found: "pass rate 66.7% (4/6 runs) is below aitest.minPassRate 80%"
 * @param file the file to see for the details, or null when the message names none
 * @param also what else fails the build, said after the file ("3 tests regressed ..."), or null
 */
public record Verdict(boolean passed, boolean counted, String finding, String file, String also) {

    public Verdict(boolean passed, boolean counted, String finding, String file) {
        this(passed, counted, finding, file, null);
    }

    /** What to tell the user: "aitest: finding - see file; and also". */
    public String message() {
        return "aitest: " + finding + (file == null ? "" : " - see " + file) + (also == null ? "" : "; and " + also);
    }

    /** This verdict failing, with {@code more} said after it. */
    public Verdict and(String more) {
        return new Verdict(false, counted, finding, file, also == null ? more : also + "; and " + more);
    }

    /** PASS, FAIL, or NO RUNS when no run counted. */
    public String label() {
        return !counted ? "NO RUNS" : passed ? "PASS" : "FAIL";
    }

    /** The label with what it means: "PASS (meets the threshold)". */
    public String description() {
        return !counted ? "NO RUNS (no run counted)"
                : passed ? "PASS (meets the threshold)" : "FAIL (below the threshold)";
    }
}
