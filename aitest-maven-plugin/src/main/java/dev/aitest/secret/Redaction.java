package dev.aitest.secret;

import dev.aitest.model.DamagedFile;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the secrets out of the text that tests wrote before results are stored or shown anywhere: failure messages,
 * stack traces, test names (a parameter can be a token), crash messages and the errors of damaged files. Each
 * distinct text is scrubbed once, however many runs share it. A name that held a secret ends with a {@link #tag} of
 * the original, so that its test keeps an id of its own.
 */
public final class Redaction {

    private final Redactor redactor;
    private final Map<String, Redactor.Scrubbed> seen = new HashMap<>();
    private int replaced;

    private Redaction(Redactor redactor) {
        this.redactor = redactor;
    }

    /** {@code results} without secrets, counting in {@code redactedSecrets} how many were replaced. */
    public static Results apply(Results results, Redactor redactor) {
        Redaction redaction = new Redaction(redactor);
        List<TestResult> tests = new ArrayList<>(results.tests().size());
        for (TestResult test : results.tests()) {
            tests.add(redaction.test(test));
        }
        List<IterationTotals> iterations = new ArrayList<>(results.iterationTotals().size());
        for (IterationTotals it : results.iterationTotals()) {
            iterations.add(it.withCrash(redaction.text(it.crash())));
        }
        List<DamagedFile> damaged = new ArrayList<>(results.damagedFiles().size());
        for (DamagedFile file : results.damagedFiles()) {
            damaged.add(new DamagedFile(file.iteration(), file.file(), redaction.text(file.error())));
        }
        return results.toBuilder().tests(tests).iterationTotals(iterations).damagedFiles(damaged)
                .redactedSecrets(redaction.replaced).build();
    }

    private TestResult test(TestResult test) {
        // a class name is the test's own text too when Surefire reports phrased (display) names
        String className = text(test.identity().className());
        String name = text(test.identity().name());
        if (className != test.identity().className()) {
            className = className + " " + tag(test.identity().className());
        }
        if (name != test.identity().name()) {
            name = name + " " + tag(test.identity().className() + "#" + test.identity().name());
        }
        List<Run> runs = new ArrayList<>(test.iterations().size());
        for (Run run : test.iterations()) {
            String message = text(run.message());
            String trace = text(run.stackTrace());
            runs.add(message == run.message() && trace == run.stackTrace() ? run : run.withText(message, trace));
        }
        return test.withNamesAndRuns(className, name, runs);
    }

    /**
     * A short mark of a test's original id, so that tests whose names differ only in a secret keep distinct ids once
     * it is replaced: three {@code login(String)[sk-...]} would all be {@code login(String)[[REDACTED]]}, share one
     * id, and merge into one test in a comparison or a baseline. The first 32 bits of the SHA-256 of the original
     * {@code className#name} in UTF-8, in hex: the same on every run and machine, so baselines still match, and far
     * too short to give back the secret it was made from.
     */
    static String tag(String originalId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(originalId.getBytes(StandardCharsets.UTF_8));
            return "~" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The text scrubbed, the same instance when it held no secret; each replacement counted once per place. */
    private String text(String text) {
        if (text == null) {
            return null;
        }
        Redactor.Scrubbed scrubbed = seen.computeIfAbsent(text, redactor::scrub);
        replaced += scrubbed.replaced();
        return scrubbed.replaced() == 0 ? text : scrubbed.text();
    }
}
