package dev.aitest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.AiSummary;
import dev.aitest.model.Results;
import dev.aitest.port.RecordingConsole;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.report.ReportFixtures;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One publish path for every goal: results.json, the AI summary, the reports, and one policy for problems. */
class PublisherTest {

    private static final AiSummary SUMMARY = new AiSummary("m", "2026-11-27T10:20:00Z", "### Verdict\n\nFine.\n",
            null, 10L, 5L, null, false, "hash", "built-in", false, List.of(), 0, 0);

    @TempDir
    Path dir;

    private final RecordingConsole console = new RecordingConsole();

    private Publisher publisher(ResultsSummarizer summarizer) {
        return new Publisher(new ReportsLayout(dir), ReportOptions.ALL, "test", console, summarizer);
    }

    @Test
    void newResultsGoToResultsJsonAndEveryReport() throws IOException {
        Results results = ReportFixtures.small();

        Publisher.Published published = publisher(null).publish(results);

        assertEquals(results, ResultsJson.read(dir.resolve("results.json")));
        assertEquals(List.of(dir.resolve("report.html"), dir.resolve("report.md"), dir.resolve("junit")),
                published.reports());
        assertTrue(Files.readString(dir.resolve("junit/TEST-a.Chat.xml")).contains("<testcase name=\"flaky\""));
        assertTrue(Files.readString(dir.resolve("report.md")).contains("**58%** (7/12 runs, 95% CI 23-87%)"));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("95% CI 23-87%"));
        assertEquals(List.of(), console.warn);
    }

    @Test
    void resultsJsonIsWrittenBeforeTheSummarizerRunsAndRewrittenWithWhatItAdds() throws IOException {
        Results results = ReportFixtures.small();
        Path file = dir.resolve("results.json");
        List<Boolean> writtenBefore = new java.util.ArrayList<>();

        Publisher.Published published = publisher((r, c) -> {
            writtenBefore.add(Files.isRegularFile(file));
            return r.withAiSummary(SUMMARY);
        }).publish(results);

        assertEquals(List.of(true), writtenBefore);
        assertEquals(SUMMARY, ResultsJson.read(file).aiSummary());
        assertEquals(SUMMARY, published.results().aiSummary());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("## AI summary"));
    }

    @Test
    void republishingLeavesResultsJsonAloneWhenTheSummarizerAddsNothing() throws IOException {
        Results results = ReportFixtures.small();
        Path file = dir.resolve("results.json");
        ResultsJson.write(results, file);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);

        publisher((r, c) -> r).republish(results);

        assertEquals(old, Files.getLastModifiedTime(file));
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
    }

    @Test
    void republishingRewritesResultsJsonWithANewSummary() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(ReportFixtures.small(), file);

        publisher((r, c) -> r.withAiSummary(SUMMARY)).republish(ResultsJson.read(file));

        assertEquals(SUMMARY, ResultsJson.read(file).aiSummary());
    }

    @Test
    void aReportThatCannotBeWrittenIsTheSameWarningForEveryGoalNamesItAndCostsNothingOfResultsJson()
            throws IOException {
        // a folder that aitest uses, and a folder where report.html goes
        new ReportsLayout(dir).claim();
        Files.createDirectories(dir.resolve("report.html/keep"));
        Results results = ReportFixtures.small();

        Publisher.Published fresh = publisher(null).publish(results);

        assertEquals(List.of(dir.resolve("report.md"), dir.resolve("junit")), fresh.reports());
        String warning = "aitest: cannot write " + dir.resolve("report.html") + " (a folder is in its place); "
                + dir.resolve("results.json") + " is complete, and so are report.md, junit";
        assertEquals(List.of(warning), console.warn);
        // aitest knows now which reports it put in place: that folder is not one of them, and is kept
        org.junit.jupiter.api.Assertions.assertThrows(ReportsLayout.ForeignFilesException.class,
                () -> publisher(null).republish(results));
        assertEquals(results, ResultsJson.read(dir.resolve("results.json")));
        assertTrue(Files.isDirectory(dir.resolve("report.html/keep")));
        assertEquals(List.of(".removed-none", ".aitest-written", ".aitest.lock", "junit", "report.html", "report.md",
                "results.json"), names());
    }

    /** The names in the reports directory, the folders aside being deleted as one. */
    private List<String> names() throws IOException {
        try (java.util.stream.Stream<Path> all = Files.list(dir)) {
            List<String> names = new java.util.ArrayList<>(all.map(p -> p.getFileName().toString())
                    .map(n -> n.startsWith(".removed-") ? ".removed-none" : n).distinct().sorted().toList());
            if (!names.contains(".removed-none")) {
                names.add(0, ".removed-none");
            }
            return names;
        }
    }

    @Test
    void reportsWrittenAtTheSameTimeFailAsReportsWrittenInTurnDo() throws IOException {
        // report.html is written on a thread of its own, the others on the publishing one: every report that cannot
        // be written is named as when all are written in turn, report.html first, with the first one's cause
        Files.createDirectories(dir.resolve("report.html/x"));
        Files.createDirectories(dir.resolve("report.md/x"));
        ReportsLayout layout = new ReportsLayout(dir);
        dev.aitest.facts.Facts facts = dev.aitest.facts.Facts.of(ReportFixtures.small());

        IOException inTurn = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> dev.aitest.report.Reports.write(facts, layout, ReportOptions.ALL, "test"));
        IOException page = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> dev.aitest.report.Reports.write(facts, layout, new ReportOptions(true, false, false), "test"));
        IOException rest = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> dev.aitest.report.Reports.write(facts, layout, new ReportOptions(false, true, true), "test"));
        IOException combined = Publisher.combined(page, rest);

        assertEquals("cannot write " + dir.resolve("report.html") + " (a folder is in its place); cannot write "
                + dir.resolve("report.md") + " (a folder is in its place)", inTurn.getMessage());
        assertEquals(inTurn.getMessage(), combined.getMessage());
        assertEquals(inTurn.getCause().getClass(), combined.getCause().getClass());
        assertEquals(inTurn.getCause().getMessage(), combined.getCause().getMessage());
        org.junit.jupiter.api.Assertions.assertSame(page, Publisher.combined(page, null));
        org.junit.jupiter.api.Assertions.assertSame(rest, Publisher.combined(null, rest));
        assertNull(Publisher.combined(null, null));
    }

    @Test
    void resultsJsonThatCannotBeWrittenFailsNamingItAndPutsNoReportInPlace() throws IOException {
        // as on a full disk: neither results.json nor the reports can be written
        new ReportsLayout(dir).claim();
        Files.createDirectories(dir.resolve("results.json/x"));
        Files.createDirectories(dir.resolve("report.html/x"));

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> publisher(null).publish(ReportFixtures.small()));

        assertEquals("cannot write " + dir.resolve("results.json") + " (a folder is in its place)",
                e.getMessage());
        assertEquals(List.of(), console.warn, "nothing says results.json is complete");
        assertFalse(Files.exists(dir.resolve("report.md")), "no report of results results.json does not hold");
        assertFalse(Files.exists(dir.resolve("junit")));
        try (java.util.stream.Stream<Path> all = Files.list(dir)) {
            assertEquals(List.of(".aitest.lock", "report.html", "results.json"), all.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no partial file nor staging folder is left");
        }
    }

    @Test
    void aPublicationKilledAfterResultsJsonLeavesNoReportOfOtherResults() throws IOException {
        Results earlier = ReportFixtures.small();
        publisher(null).publish(earlier);
        assertTrue(Files.readString(dir.resolve("report.md")).contains("threshold `aitest.minPassRate` 80%"));
        // what a build killed while writing left
        Files.writeString(dir.resolve("report.html.partial"), "");
        Files.createDirectories(dir.resolve(".publishing-1/junit"));
        Results fifty = earlier.toBuilder().minPassRate(50.0).build();
        List<List<String>> seen = new java.util.ArrayList<>();

        // the summarizer runs between results.json and the reports: what a reader (or a kill) finds there
        publisher((r, c) -> {
            try {
                seen.add(List.of(String.valueOf(ResultsJson.read(dir.resolve("results.json")).criteria().minPassRate()),
                        String.valueOf(Files.exists(dir.resolve("report.html"))),
                        String.valueOf(Files.exists(dir.resolve("report.md"))),
                        String.valueOf(Files.exists(dir.resolve("junit"))),
                        String.valueOf(Files.exists(dir.resolve("report.html.partial")))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return r;
        }).publish(fifty);

        assertEquals(List.of(List.of("50.0", "false", "false", "false", "false")), seen);
        assertTrue(Files.readString(dir.resolve("report.md")).contains("threshold `aitest.minPassRate` 50%"));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("50%"));
        assertEquals(List.of(".removed-none", ".aitest-written", ".aitest.lock", "junit", "report.html", "report.md",
                "results.json"), names());
    }

    @Test
    void aSummarizerThatThrowsIsAWarningAndTheReportsAreStillWritten() throws IOException {
        Publisher.Published published = publisher((r, c) -> {
            throw new IllegalStateException("boom");
        }).publish(ReportFixtures.small());

        assertNull(published.results().aiSummary());
        assertEquals(List.of("aitest: no AI summary: unexpected error (IllegalStateException); the reports are "
                + "written without it"), console.warn);
        assertEquals(3, published.reports().size());
        assertFalse(Files.readString(dir.resolve("report.md")).contains("## AI summary"));
    }

    // ---------------------------------------------------------------- secrets

    /** The fixture with a token in a failure message (two runs share it) and in a parameterized test's name. */
    private static Results withSecrets() {
        Results small = ReportFixtures.small();
        List<dev.aitest.model.TestResult> tests = small.tests().stream().map(t -> {
            if (t.id().equals("a.Chat#broken")) {
                return t.withNamesAndRuns(t.identity().className(), t.identity().name(), t.iterations().stream()
                        .map(r -> r.iteration() == 3 ? r : r.withText("refused: password=hunter2-abc", r.stackTrace()))
                        .toList());
            }
            return t.id().equals("b.Tool#ok") ? t.withNamesAndRuns(t.identity().className(), "login(String)[sk-abcdefghijklmnop0123]", t.iterations())
                    : t;
        }).toList();
        return small.toBuilder().tests(tests).build();
    }

    @Test
    void secretsTheTestsWroteReachNoOutputAndAreCountedOnce() throws IOException {
        Publisher redacting = new Publisher(new ReportsLayout(dir), ReportOptions.ALL, "test", console, null,
                dev.aitest.secret.Redactor.patternsOnly());

        Results published = redacting.publish(withSecrets()).results();

        assertEquals(3, published.redactedSecrets());
        assertEquals(published, ResultsJson.read(dir.resolve("results.json")));
        List<Path> files;
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 4, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(text.contains("hunter2-abc"), file.toString());
            assertFalse(text.contains("sk-abcdefghijklmnop0123"), file.toString());
        }
        assertTrue(published.tests().stream().anyMatch(t -> t.id().equals("b.Tool#login(String)[[REDACTED]] ~83be4ed3")));
        assertEquals(List.of("aitest: 3 secrets in what the tests reported were replaced with [REDACTED] in "
                + "results.json and the reports; the raw text is in Surefire's XML in the iteration folders under " + dir
                + " (aitest.redact=false keeps it everywhere)"), console.warn);
    }

    @Test
    void withoutARedactorTheTextStaysAsTheTestsWroteIt() throws IOException {
        Results published = publisher(null).publish(withSecrets()).results();

        assertNull(published.redactedSecrets());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("hunter2-abc"));
        assertEquals(List.of(), console.warn);
    }

    private static final String WEBHOOK = "https://hooks.slack.com/services/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";
    private static final String STRIPE = "sk_live_51Hx9Zq8Wv7Ut6Sr5Qp4On3Ml2Kk1Jj0";
    private static final String ORACLE_PASSWORD = "Tig3r_pw";

    /** The fixture with a Slack webhook, a Stripe live key and an Oracle password where tests put text. */
    private static Results withReportedSecrets() {
        Results small = ReportFixtures.small();
        List<dev.aitest.model.TestResult> tests = small.tests().stream().map(t -> {
            if (t.id().equals("a.Chat#broken")) {
                return t.withNamesAndRuns(t.identity().className(), t.identity().name(), t.iterations().stream().map(r -> r.withText(
                        "alert to " + WEBHOOK + " failed", "java.io.IOException: charge with " + STRIPE
                                + " refused\n\tat a.Chat.broken(Chat.java:3)")).toList());
            }
            if (t.id().equals("a.Chat#flaky")) {
                return t.withNamesAndRuns(t.identity().className(), t.identity().name(), t.iterations().stream().map(r -> r.message() == null ? r
                        : r.withText("no connection to jdbc:oracle:thin:shop/" + ORACLE_PASSWORD + "@db:1521/XE",
                                r.stackTrace())).toList());
            }
            return t.id().equals("b.Tool#ok") ? t.withNamesAndRuns(t.identity().className(), "notify(String)[" + WEBHOOK + "]", t.iterations())
                    : t;
        }).toList();
        return small.toBuilder().tests(tests).build();
    }

    @Test
    void slackWebhooksStripeKeysAndOraclePasswordsReachNoOutputNorTheModel() throws IOException {
        Publisher redacting = new Publisher(new ReportsLayout(dir), ReportOptions.ALL, "test", console, null,
                dev.aitest.secret.Redactor.patternsOnly());

        Results published = redacting.publish(withReportedSecrets()).results();

        // counted once per place: a webhook and a key in each of a.Chat#broken's 3 runs, a password in
        // a.Chat#flaky's failed run, a webhook in b.Tool's name
        assertEquals(8, published.redactedSecrets());
        List<Path> files;
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("report.html")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.toString().contains("junit")), files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            assertFalse(text.contains("hooks.slack.com/services/T0A1B2C3D"), file.toString());
            assertFalse(text.contains(STRIPE), file.toString());
            assertFalse(text.contains(ORACLE_PASSWORD), file.toString());
        }
        dev.aitest.model.TestResult flaky = published.tests().stream().filter(t -> t.id().equals("a.Chat#flaky"))
                .findFirst().orElseThrow();
        assertEquals("no connection to jdbc:oracle:thin:shop/[REDACTED]@db:1521/XE", flaky.iterations().get(1).message());
        assertTrue(published.tests().stream().anyMatch(t -> t.identity().name().startsWith("notify(String)[[REDACTED]] ~")));
        // the AI summary's input, built from the results as the tests wrote them
        String input = dev.aitest.ai.SummaryInput.build(withReportedSecrets(), false, 32_000, "Summarise.",
                dev.aitest.secret.Redactor.patternsOnly()).text();
        assertFalse(input.contains("hooks.slack.com/services/T0A1B2C3D"), input);
        assertFalse(input.contains(STRIPE), input);
        assertFalse(input.contains(ORACLE_PASSWORD), input);
        assertTrue(input.contains("alert to [REDACTED] failed"), input);
    }
}
