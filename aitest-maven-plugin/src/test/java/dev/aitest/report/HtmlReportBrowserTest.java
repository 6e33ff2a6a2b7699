package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Results;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): counts,
 * filters, row expansion, escaping, and a 5,000-test x 10-iteration report.
 */
class HtmlReportBrowserTest {

    private static final String CHROMIUM = System.getProperty("aitest.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("aitest.chromedriver", "/usr/bin/chromedriver");

    private static WebDriver driver;

    @TempDir
    static Path profile;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "the browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,1800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private long open(Results results, String name) throws Exception {
        Path file = dir.resolve(name);
        new HtmlReport().write(dev.aitest.facts.Facts.of(results), file, "test");
        long start = System.nanoTime();
        driver.get(file.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /**
     * The ids of the rows in the table, read in one script: the table is re-rendered while a debounced search
     * settles, and rows read one by one could be replaced between two reads.
     */
    @SuppressWarnings("unchecked")
    private static List<String> visibleIds() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#tests tbody tr.test')).map(r => r.getAttribute('data-id'));");
    }

    private static void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    @Test
    void showsTheCountsFiltersAndExpandsRows() throws Exception {
        open(ReportFixtures.small(), "report.html");

        assertEquals("FAIL", text("#verdict").replaceAll("[^A-Z ]", "").trim());
        assertEquals("58%", text("#overall-rate"));
        assertEquals("7/12 runs", text("#overall-runs"));
        assertEquals("95% CI 23-87%", text("#overall-interval"));
        assertEquals("80%", text("#threshold"));
        assertEquals("not conclusive: the 95% interval 23-87% holds aitest.minPassRate 80%; about 5 more iterations "
                + "would settle it, if the rate held", text("#settle"));
        assertEquals(List.of("5", "1", "1", "2", "1"), List.of(text("#count-tests"), text("#count-passed"),
                text("#count-failed"), text("#count-flaky"), text("#count-skipped")));
        assertEquals(List.of("5", "1", "2", "1", "1"), driver.findElements(By.cssSelector(".filter .count")).stream()
                .map(WebElement::getText).toList());
        assertEquals(5, visibleIds().size());

        click("button[data-filter='flaky']");
        assertEquals(List.of("a.Chat#flaky", "a.Chat#" + ReportFixtures.HOSTILE_NAME), visibleIds());

        click("#tests tbody tr.test[data-id='a.Chat#flaky']");
        List<WebElement> runs = driver.findElements(By.cssSelector("tr.detail tr.run"));
        assertEquals(3, runs.size());
        assertEquals(List.of("\u2713 passed", "\u2717 failed", "\u2713 passed"), runs.stream()
                .map(r -> r.findElement(By.cssSelector(".outcome")).getText()).toList());
        assertTrue(runs.get(1).getText().contains("expected: <42> but was: <41>"), runs.get(1).getText());
        WebElement trace = runs.get(1).findElement(By.cssSelector("details"));
        assertNull(trace.getAttribute("open"), "the stack trace starts folded");
        trace.findElement(By.tagName("summary")).click();
        assertTrue(trace.findElement(By.cssSelector("pre.trace")).getText().contains("at a.Chat.flaky(Chat.java:10)"));

        driver.findElement(By.id("search")).sendKeys("FLAKY");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleIds().size() == 1);
        assertEquals(List.of("a.Chat#flaky"), visibleIds());
        assertEquals(List.of("1", "0", "1", "0", "0"), driver.findElements(By.cssSelector(".filter .count")).stream()
                .map(WebElement::getText).toList());

        Path screenshot = Path.of("target", "report-screenshot.png");
        Files.createDirectories(screenshot.getParent());
        driver.findElement(By.id("search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        click("button[data-filter='all']");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleIds().size() == 5);
        Files.write(screenshot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void sortsByAColumnBothWays() throws Exception {
        open(ReportFixtures.small(), "report.html");

        click("button[data-sort='duration']");
        assertEquals("b.Tool#off", visibleIds().get(0));
        click("button[data-sort='duration']");
        assertEquals("a.Chat#flaky", visibleIds().get(0));
    }

    @Test
    void theFirstFailedIterationIsAColumnOfTheTestTable() throws Exception {
        open(ReportFixtures.small(), "report.html");

        assertEquals(List.of("Test", "Outcome", "Pass rate", "Duration", "Tokens", "Cost", "Latency", "First failure"),
                driver.findElements(By.cssSelector("#tests thead th")).stream().map(WebElement::getText).toList());
        List<WebElement> flaky = driver.findElements(By.cssSelector("#tests tr[data-id='a.Chat#flaky'] td.num"));
        assertEquals(List.of("320 ms", "", "", "", "2"), flaky.stream().map(WebElement::getText).toList());
        // ascending, tests that never failed first; then descending
        click("button[data-sort='firstFailedIteration']");
        assertEquals(List.of("", "", "1", "2", "3"), firstFailures());
        click("button[data-sort='firstFailedIteration']");
        assertEquals(List.of("3", "2", "1", "", ""), firstFailures());
    }

    @Test
    void anAdaptiveRunShowsItsSavingTheRunsOfEachTestAndWhenItSettled() throws Exception {
        Results small = ReportFixtures.small();
        List<dev.aitest.model.TestResult> tests = new java.util.ArrayList<>(small.tests());
        tests.set(0, tests.get(0).withSettled(new dev.aitest.model.Settled(2, dev.aitest.model.SettledBy.CONCLUSIVE)));
        String stopped = tests.get(0).id();
        Results adaptive = small.toBuilder().tests(tests).adaptive(new dev.aitest.model.AdaptiveSummary(1, 3, 12, 15,
                20.0, null, 0, 1, List.of(), List.of())).build();
        open(adaptive, "adaptive.html");

        assertTrue(text("#adaptive").startsWith("adaptive: 12 of 15 runs (20% saved); 1 test settled (0 determined, "
                + "1 conclusive)"), text("#adaptive"));
        assertEquals(List.of("Test", "Outcome", "Pass rate", "Duration", "Tokens", "Cost", "Latency", "First failure",
                "Runs", "Settled"), driver.findElements(By.cssSelector("#tests thead th")).stream().map(WebElement::getText)
                .toList());
        List<WebElement> cells = driver.findElements(By.cssSelector("#tests tr[data-id='" + stopped + "'] td.num"));
        assertEquals("conclusive after 2", cells.get(cells.size() - 1).getText());
        assertEquals(Integer.toString(tests.get(0).iterations().size()), cells.get(cells.size() - 2).getText());
        // sorted by when they settled: the tests that ran to the maximum first, then the stopped one
        click("button[data-sort='settled']");
        List<String> ids = visibleIds();
        assertEquals(stopped, ids.get(ids.size() - 1));
    }

    @Test
    void aClassifiedRunShowsEachFlakyTestsCauseFiltersByItAndGivesThePolluterAndTheCommand() throws Exception {
        Results small = ReportFixtures.small();
        List<dev.aitest.model.TestResult> tests = new java.util.ArrayList<>(small.tests());
        int flaky = tests.indexOf(tests.stream().filter(t -> t.id().equals("a.Chat#flaky")).findFirst().orElseThrow());
        String command = "mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed "
                + "-Dtest=a.Cache#fills,a.Chat#flaky";
        tests.set(flaky, tests.get(flaky).withFlakiness(new dev.aitest.model.FlakinessFinding(
                dev.aitest.model.Flakiness.ORDER_DEPENDENT, new dev.aitest.model.FlakinessFinding.Evidence(
                        "its outcome followed the order both times; it passes alone", "victim", 2, true, 1, true,
                        "passed", 3), List.of("a.Cache#<fills>"), null, command)));
        open(small.toBuilder().tests(tests).classification(new dev.aitest.model.ClassificationSummary(5, 30, 1, 0, 0,
                900)).build(), "classified.html");

        assertEquals("classification: 1 flaky test in 5 runs of their own (at most 30, aitest.classifyRuns; in no pass "
                + "rate): 1 order-dependent", text("#classification"));
        assertEquals("Cause", driver.findElements(By.cssSelector("#tests thead th")).stream()
                .map(WebElement::getText).reduce((a, b) -> b).orElseThrow());
        List<WebElement> cells = driver.findElements(By.cssSelector("#tests tr[data-id='a.Chat#flaky'] td.num"));
        assertEquals("order-dependent (victim)", cells.get(cells.size() - 1).getText());
        click("button[data-filter='order-dependent']");
        assertEquals(List.of("a.Chat#flaky"), visibleIds());
        assertEquals("1", text("[data-count='order-dependent']"));
        click("button[data-filter='non-deterministic']");
        assertEquals(List.of(), visibleIds());
        click("button[data-filter='order-dependent']");
        click("#tests tbody tr.test[data-id='a.Chat#flaky']");
        // the polluter's name, from the tests, shows as text
        assertEquals("order-dependent (victim): fails after a.Cache#<fills>", text("tr.detail p.finding"));
        assertEquals(command, text("tr.detail p.reproduce code"));
    }

    @Test
    void aRunBesideItsHistoryDrawsEachTrendWithItsNumbersChartsTheBuildsAndFiltersTheTestsThatChanged()
            throws Exception {
        open(dev.aitest.gate.RateStatistics.apply(dev.aitest.history.HistoryFixtures.fiveBuilds()), "history.html");

        assertEquals("history: 5 builds (the newest 30 kept, aitest.historySize): 0 got worse, 1 got better, 1 newly "
                + "flaky, 1 flaky across builds only (environment)", text("#history-line"));
        assertEquals(List.of("pass rate"), driver.findElements(By.cssSelector("#history figure.kchart")).stream()
                .map(f -> f.getAttribute("data-series")).toList());
        assertEquals(5, driver.findElements(By.cssSelector("#history figure.kchart circle")).size());
        List<WebElement> builds = driver.findElements(By.cssSelector("#history-builds tbody tr"));
        assertEquals(5, builds.size());
        assertTrue(builds.get(4).getAttribute("class").contains("current"));
        assertEquals("a000002", builds.get(2).findElements(By.tagName("td")).get(2).getText());

        List<String> headings = driver.findElements(By.cssSelector("#tests thead th")).stream()
                .map(WebElement::getText).toList();
        assertTrue(headings.containsAll(List.of("Trend", "Since", "Over time", "Environment")), headings.toString());
        WebElement spark = driver.findElement(By.cssSelector("#tests tr[data-id='it.T#t0'] svg.spark"));
        String numbers = "pass rate per build, oldest first: 100, 100, 50, 75, 50; 15/20 \u00B7 75% (50-90%) over 5 "
                + "builds";
        assertEquals(numbers, spark.getAttribute("aria-label"));
        assertEquals(numbers, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('title').textContent;", spark));
        assertEquals("2.0,2.0 21.0,2.0 40.0,10.0 59.0,6.0 78.0,10.0", spark.findElement(By.tagName("polyline"))
                .getAttribute("points"));

        assertEquals("0", text("[data-count='worse']"));
        click("button[data-filter='newly']");
        assertEquals(List.of("it.T#t0"), visibleIds());
        click("button[data-filter='environment']");
        assertEquals(List.of("it.T#t1"), visibleIds());
        click("button[data-filter='worse']");
        assertEquals(List.of(), visibleIds());
    }

    private static List<String> firstFailures() {
        return driver.findElements(By.cssSelector("#tests tr.test")).stream()
                .map(r -> r.findElements(By.cssSelector("td.num")).get(4).getText()).toList();
    }

    @Test
    void textFromTestsNeverRunsAsScript() throws Exception {
        open(ReportFixtures.small(), "report.html");
        click("button[data-filter='flaky']");
        click("#tests tbody tr.test[data-id^='a.Chat#param']");

        Object pwned = ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : 'ran';");
        assertNull(pwned, "script from a test message or name ran");
        assertTrue(driver.findElements(By.cssSelector("#tests img")).isEmpty(), "markup from a test became an element");
        assertTrue(driver.findElement(By.id("tests")).getText().contains("</script><script>window.__pwned = true;</script>"));
        assertTrue(driver.findElement(By.id("overview")).getText().contains(ReportFixtures.HOSTILE_NAME));
    }

    @Test
    void aRightToLeftOverrideInATestNameStaysInsideItAndALongMessageStartsFolded() throws Exception {
        dev.aitest.merge.Aggregator aggregator = new dev.aitest.merge.Aggregator(dev.aitest.cost.Pricing.builtIn());
        String name = "answers(String)[\u202Eesrever]";
        String message = "line one of a long answer\n" + "more text ".repeat(200);
        aggregator.add(new dev.aitest.merge.IterationData(1, 10, null, new dev.aitest.merge.IterationReports(List.of(
                new dev.aitest.model.TestCase("bidi.Test", name, new dev.aitest.model.Run(1,
                        dev.aitest.model.RunOutcome.FAILED, 5, message, "java.lang.AssertionError", null))),
                List.of())));
        open(aggregator.merge().results(1, 80, "2026-11-27T10:15:30Z", 0, null, null), "bidi.html");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals("isolate", js.executeScript("return getComputedStyle(document.querySelector("
                + "'#overview-failed code')).unicodeBidi;"));
        click("#tests tbody tr.test");
        assertEquals("isolate", js.executeScript("return getComputedStyle(document.querySelector("
                + "'#tests tr.test code')).unicodeBidi;"));
        WebElement folded = driver.findElement(By.cssSelector("tr.detail details.long-message"));
        assertNull(folded.getAttribute("open"), "a long message starts folded");
        assertTrue(folded.findElement(By.tagName("summary")).getText().startsWith("line one of a long answer"));
        folded.findElement(By.tagName("summary")).click();
        assertTrue(folded.findElement(By.tagName("pre")).getText().contains("more text more text"));
    }

    @Test
    void theAiSummaryShowsAsTextAndItsMarkupNeverRuns() throws Exception {
        open(AiSummaryReportTest.withSummary(), "ai.html");

        String summary = driver.findElement(By.id("ai-summary")).getText();
        assertTrue(summary.contains("AI summary"), summary);
        assertTrue(summary.contains("Not reliable: 58.33 % of runs pass. <script>window.__pwned = 1</script>"), summary);
        assertTrue(summary.contains("Raise the timeout."), summary);
        assertEquals(List.of("Verdict", "Flaky tests", "Systematic failures", "Cost and tokens", "Recommendations"),
                driver.findElements(By.cssSelector("#ai-summary h4")).stream().map(WebElement::getText).toList());
        assertTrue(driver.findElements(By.cssSelector("#ai-summary a, #ai-summary script")).isEmpty());
        Object pwned = ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : 'ran';");
        assertNull(pwned, "script from the model ran");
        assertTrue(driver.findElements(By.id("ai-note")).isEmpty());
        assertTrue(driver.findElement(By.id("overview-failed")).isDisplayed(), "the deterministic overview stays");
        Object styled = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.getElementById('ai-summary')).borderLeftStyle;");
        assertEquals("solid", styled, "the page's own style applies under its Content-Security-Policy");
        Files.write(Path.of("target", "report-ai-screenshot.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aBigSuiteOpensAndFilters() throws Exception {
        Results big = ReportFixtures.big(5_000, 10);
        long openMs = open(big, "big.html");
        long size = Files.size(dir.resolve("big.html"));

        assertEquals("5000", text("#count-tests"));
        assertEquals("Showing 200 of 5000 tests.", text("#status"));
        long start = System.nanoTime();
        click("button[data-filter='flaky']");
        long filterMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("Showing 200 of 250 tests.", text("#status"));
        click("#more");
        assertEquals("Showing 250 of 250 tests.", text("#status"));
        assertTrue(visibleIds().stream().allMatch(id -> Integer.parseInt(id.replaceAll(".*#test", "")) % 20 == 0));
        // printed, not asserted: timings belong to the benchmark, not to tests on a shared machine
        System.out.printf("report.html for 5,000 tests x 10 iterations: %.1f MB, opened in %d ms, flaky filter in %d ms%n",
                size / 1e6, openMs, filterMs);
    }

    @Test
    void eachRateShowsItsIntervalAndThresholdAndPassHatKIsCharted() throws Exception {
        List<dev.aitest.model.TestResult> tests = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tests.add(dev.aitest.gate.RateStatisticsTest.test("lead" + i, "PPPPP", "leader"));
            tests.add(dev.aitest.gate.RateStatisticsTest.test("far" + i, i % 2 == 0 ? "FFFFP" : "PFFFF", "far"));
        }
        open(dev.aitest.gate.RateStatisticsTest.criteria(dev.aitest.gate.RateStatisticsTest.results(5, 80, tests,
                List.of("leader", "far")), 50.0, 0.95, "observed"), "stats.html");

        assertEquals(List.of("leader", "behind the leader"), driver.findElements(By.cssSelector("#leaderboard td.standing"))
                .stream().map(WebElement::getText).toList());
        assertEquals(List.of("all tests", "agent leader", "agent far"), driver.findElements(
                By.cssSelector("#reliability figcaption")).stream().map(WebElement::getText).toList());
        List<WebElement> far = driver.findElements(By.cssSelector("#reliability figure[data-agent='far'] circle"));
        assertEquals(List.of("20.0%", "0.0%", "0.0%", "0.0%", "0.0%"), far.stream()
                .map(c -> c.getAttribute("data-value")).toList());
        assertEquals(6, driver.findElements(By.cssSelector("#below-threshold li")).size());

        WebElement row = driver.findElement(By.cssSelector("#tests tr[data-id='t.T#far0']"));
        WebElement cell = row.findElement(By.cssSelector("td.pr"));
        assertTrue(cell.getText().startsWith("1/5 \u00B7 20% (4-62%)"), cell.getText());
        assertTrue(cell.getText().contains("below its threshold of 50%"), cell.getText());
        // the interval [3.62, 62.45] and the threshold 50 drawn on the 90 px bar
        org.openqa.selenium.Rectangle bar = cell.findElement(By.cssSelector(".bar")).getRect();
        org.openqa.selenium.Rectangle ci = cell.findElement(By.cssSelector(".bar .ci")).getRect();
        org.openqa.selenium.Rectangle tick = cell.findElement(By.cssSelector(".bar .threshold")).getRect();
        assertEquals(90, bar.getWidth());
        assertEquals(0.0362 * 90, ci.getX() - bar.getX(), 1.0);
        assertEquals((0.6245 - 0.0362) * 90, ci.getWidth(), 1.0);
        assertEquals(45, tick.getX() - bar.getX(), 1.0);
        WebElement passing = driver.findElement(By.cssSelector("#tests tr[data-id='t.T#lead0'] td.pr"));
        assertEquals("5/5 \u00B7 100% (57-100%)", passing.getText());
    }

    @Test
    void theComparisonWithTheBaselineFiltersByChangeAndMarksRegressedTests() throws Exception {
        Results before = dev.aitest.gate.RateStatisticsTest.criteria(dev.aitest.gate.RateStatisticsTest.suite(0, "PPPPP", "FFFFF",
                "PPPPP"), null, 0.95, "observed");
        Results after = dev.aitest.gate.RateStatisticsTest.criteria(dev.aitest.gate.RateStatisticsTest.suite(0, "FFFFF", "PPPPP",
                "PPPPP"), null, 0.95, "observed");
        Results compared = after.toBuilder().baseline(dev.aitest.baseline.Comparison.compare(after,
                dev.aitest.baseline.Baseline.of(before, "main/results.json"), 0.95)).build();
        open(compared, "baseline.html");

        assertEquals("Pass rate 0 points (95% CI -100 to +100) over 3 tests: within noise. 1 regressed, 1 improved, "
                + "0 changed, 1 unchanged, 0 new, 0 removed.", text("#baseline-overall"));
        assertEquals(2, visibleBaselineRows().size());
        click("#baseline .change-filter[data-change='regressed']");
        assertEquals(List.of("regressed"), visibleBaselineRows());
        click("#baseline .change-filter[data-change='all']");
        assertEquals(List.of("regressed", "improved"), visibleBaselineRows());
        WebElement regressed = driver.findElement(By.cssSelector("#tests tr[data-id='t.T#t0'] td.name"));
        assertTrue(regressed.getText().contains("regressed against the baseline"), regressed.getText());
        WebElement improved = driver.findElement(By.cssSelector("#tests tr[data-id='t.T#t1'] td.name"));
        assertFalse(improved.getText().contains("regressed"), improved.getText());
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleBaselineRows() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'#baseline-tests tbody tr')).filter(r => !r.hidden).map(r => r.getAttribute('data-change'));");
    }
}
