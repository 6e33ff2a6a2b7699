package dev.aitest.report;

import dev.aitest.model.Usage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Facts;
import dev.aitest.gate.RateStatistics;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestResult;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The JUnit XML of the merged results, read back with Surefire's own parser and validated against Surefire's own
 * schema (unpacked from its source release by the build; its path comes in {@value #SCHEMA_PROPERTY}).
 */
class JUnitXmlReportTest {

    private static final String SCHEMA_PROPERTY = "aitest.test.surefireXsd";
    private static final String CHAT = "com.example.ChatTest";
    private static final String TOOL = "com.example.ToolTest";
    private static final String ASSERTION = "org.opentest4j.AssertionFailedError";
    private static final String TIMEOUT = "java.net.SocketTimeoutException";
    /** Markup, a CDATA end, quotes, ampersands, a NUL, an ANSI escape, a lone surrogate and a line break. */
    private static final String HOSTILE = "</failure><script>alert(1)</script> ]]> <![CDATA[ & \"q\" 'a' &amp; "
            + "\u0000nul \u001b[31mred\u001b[0m \ud800lone \uFFFF end\nsecond line\ttab";
    /** What any reader sees of {@link #HOSTILE}: the characters XML 1.0 cannot hold, as Surefire writes them. */
    private static final String HOSTILE_READ = "</failure><script>alert(1)</script> ]]> <![CDATA[ & \"q\" 'a' &amp; "
            + "&#0;nul &#27;[31mred&#27;[0m &#55296;lone &#65535; end\nsecond line\ttab";
    private static final String HOSTILE_NAME = "param(String)[</testcase><x a=\"1\">&]";

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        String xsd = System.getProperty(SCHEMA_PROPERTY);
        assertNotNull(xsd, SCHEMA_PROPERTY + " is not set: run this test through Maven, whose build unpacks "
                + "Surefire's report schema");
        Path file = Path.of(xsd);
        assertTrue(Files.isRegularFile(file), "no schema at " + file);
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(file.toFile());
    }

    /**
     * 4 iterations of two classes. ChatTest: flaky passes in 1 and 4, errs in 2 and fails an assertion in 3 (2/4);
     * broken fails in 1 and 2, errs in 3, is skipped in 4 (0/3); crashes errs in every iteration (0/4); ok passes
     * every time. ToolTest: works passes in 1 to 3 and is skipped in 4 (3/3); off is always skipped.
     */
    static Results fixture() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= 4; i++) {
            List<TestCase> cases = new ArrayList<>();
            cases.add(new TestCase(CHAT, "flaky", switch (i) {
                case 2 -> new Run(i, RunOutcome.ERROR, 250, "model timed out after 20 s", TIMEOUT,
                        TIMEOUT + ": model timed out after 20 s\n\tat com.example.ChatTest.flaky(ChatTest.java:21)");
                case 3 -> new Run(i, RunOutcome.FAILED, 120, "expected: <1> but was: <2>", ASSERTION,
                        ASSERTION + ": expected: <1> but was: <2>\n\tat com.example.ChatTest.flaky(ChatTest.java:22)");
                default -> new Run(i, RunOutcome.PASSED, 100, null, null, null);
            }));
            cases.add(new TestCase(CHAT, "broken", switch (i) {
                case 1, 2 -> new Run(i, RunOutcome.FAILED, 10, "expected: <true> but was: <false> (" + i + ")", ASSERTION,
                        ASSERTION + ": expected: <true> but was: <false>\n\tat com.example.ChatTest.broken(ChatTest.java:30)");
                case 3 -> new Run(i, RunOutcome.ERROR, 11, "boom", "java.lang.IllegalStateException",
                        "java.lang.IllegalStateException: boom\n\tat com.example.ChatTest.broken(ChatTest.java:31)");
                default -> new Run(i, RunOutcome.SKIPPED, 0, "assumption failed", null, null);
            }));
            cases.add(new TestCase(CHAT, "crashes", new Run(i, RunOutcome.ERROR, 5, null, null, null)));
            cases.add(new TestCase(CHAT, "ok", new Run(i, RunOutcome.PASSED, 7, null, null, null)));
            cases.add(new TestCase(TOOL, "works", i == 4 ? new Run(i, RunOutcome.SKIPPED, 0, null, null, null)
                    : new Run(i, RunOutcome.PASSED, 3, null, null, null)));
            cases.add(new TestCase(TOOL, "off", new Run(i, RunOutcome.SKIPPED, 0, "disabled", null, null)));
            aggregator.add(new IterationData(i, 1_000, null, new IterationReports(cases, List.of())));
        }
        Results results = aggregator.merge().results(4, 80.0, "2026-11-27T10:15:30Z", 4_000,
                new Environment("3.9.16", "3.5.4", "17.0.15"),
                new ProjectInfo("com.example", "chat-agent", "1.2.0", "Chat agent"));
        // what aitest-runtime would have recorded for ChatTest#ok
        List<TestResult> tests = results.tests().stream().map(t -> !t.id().equals(CHAT + "#ok") ? t
                : new TestResult(t.identity(), t.outcome(), t.statistics(), t.counts(),
                        new Usage(t.usage().durationMs(), 1_234L, 0.0042, "bot"), t.iterations()))
                .toList();
        // judged as every results.json is, with a threshold of 70% for every test
        return RateStatistics.apply(results.toBuilder().tests(tests).criteria(70.0, 0.95, "observed").build());
    }

    // ---------------------------------------------------------------- Surefire's parser

    @Test
    void surefiresParserSeesTheMergedOutcomesOfEveryIteration() throws Exception {
        List<Path> files = JUnitXmlReport.write(fixture(), dir);

        assertEquals(List.of(dir.resolve("TEST-" + CHAT + ".xml"), dir.resolve("TEST-" + TOOL + ".xml")), files);

        ReportTestSuite chat = parse(files.get(0));
        assertEquals(CHAT, chat.getFullClassName());
        assertEquals(4, chat.getNumberOfTests());
        assertEquals(1, chat.getNumberOfFailures());
        assertEquals(1, chat.getNumberOfErrors());
        assertEquals(0, chat.getNumberOfSkipped());
        assertEquals(2, chat.getNumberOfFlakes());
        // 570 + 31 + 20 + 28 ms
        assertEquals(0.649f, chat.getTimeElapsed());
        Map<String, ReportTestCase> cases = byName(chat);
        assertEquals(List.of("broken", "crashes", "flaky", "ok"), cases.keySet().stream().sorted().toList());

        ReportTestCase flaky = cases.get("flaky");
        assertTrue(flaky.isSuccessful(), "a flaky test passed");
        assertTrue(flaky.hasFlakes());
        assertEquals(0.570f, flaky.getTime());
        assertEquals(1, flaky.getFlakyFailures().size());
        ReportTestCase.FlakyFailure failure = flaky.getFlakyFailures().get(0);
        assertEquals("iteration 3: expected: <1> but was: <2>", failure.getMessage());
        assertEquals(ASSERTION, failure.getType());
        assertEquals(ASSERTION + ": expected: <1> but was: <2>\n\tat com.example.ChatTest.flaky(ChatTest.java:22)",
                failure.getStackTrace());
        assertEquals(1, flaky.getFlakyErrors().size());
        ReportTestCase.FlakyError error = flaky.getFlakyErrors().get(0);
        assertEquals("iteration 2: model timed out after 20 s", error.getMessage());
        assertEquals(TIMEOUT, error.getType());
        assertEquals(TIMEOUT + ": model timed out after 20 s\n\tat com.example.ChatTest.flaky(ChatTest.java:21)",
                error.getStackTrace());

        ReportTestCase broken = cases.get("broken");
        assertTrue(broken.hasFailure());
        assertFalse(broken.hasError());
        assertFalse(broken.hasFlakes());
        assertEquals("iteration 1: expected: <true> but was: <false> (1)", broken.getFailureMessage());
        assertEquals(ASSERTION, broken.getFailureType());
        assertEquals("30", broken.getFailureErrorLine());

        ReportTestCase crashes = cases.get("crashes");
        assertTrue(crashes.hasError());
        assertEquals("iteration 1", crashes.getFailureMessage());
        assertEquals(JUnitXmlReport.UNKNOWN_TYPE, crashes.getFailureType());

        assertTrue(cases.get("ok").isSuccessful());
        assertFalse(cases.get("ok").hasFlakes());

        ReportTestSuite tool = parse(files.get(1));
        assertEquals(2, tool.getNumberOfTests());
        assertEquals(0, tool.getNumberOfFailures());
        assertEquals(0, tool.getNumberOfErrors());
        assertEquals(1, tool.getNumberOfSkipped());
        assertEquals(0, tool.getNumberOfFlakes());
        assertTrue(byName(tool).get("off").hasSkipped());
        assertEquals("disabled", byName(tool).get("off").getFailureMessage());
        assertTrue(byName(tool).get("works").isSuccessful());
    }

    @Test
    void theSuiteCountsAreThoseOfItsTestCases() throws Exception {
        JUnitXmlReport.write(fixture(), dir);

        Element chat = read(dir.resolve("TEST-" + CHAT + ".xml")).getDocumentElement();
        assertEquals("testsuite", chat.getTagName());
        assertEquals(JUnitXmlReport.SCHEMA_LOCATION, chat.getAttributeNS(
                XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "noNamespaceSchemaLocation"));
        assertEquals("3.0", chat.getAttribute("version"));
        assertEquals(CHAT, chat.getAttribute("name"));
        assertEquals("0.649", chat.getAttribute("time"));
        assertEquals("4", chat.getAttribute("tests"));
        assertEquals("1", chat.getAttribute("failures"));
        assertEquals("1", chat.getAttribute("errors"));
        assertEquals("0", chat.getAttribute("skipped"));

        Element tool = read(dir.resolve("TEST-" + TOOL + ".xml")).getDocumentElement();
        assertEquals("2", tool.getAttribute("tests"));
        assertEquals("0", tool.getAttribute("failures"));
        assertEquals("0", tool.getAttribute("errors"));
        assertEquals("1", tool.getAttribute("skipped"));
        assertEquals("0.009", tool.getAttribute("time"));
    }

    @Test
    void everyFailedRunIsThereInTheOrderTheSchemaWants() throws Exception {
        JUnitXmlReport.write(fixture(), dir);
        Map<String, Element> cases = testCases(read(dir.resolve("TEST-" + CHAT + ".xml")));

        // the error of iteration 2 comes after the failure of iteration 3: the schema puts errors last
        assertEquals(List.of("flakyFailure iteration 3: expected: <1> but was: <2>",
                "flakyError iteration 2: model timed out after 20 s", "system-out"), children(cases.get("flaky")));
        assertEquals(List.of("failure iteration 1: expected: <true> but was: <false> (1)",
                "rerunFailure iteration 2: expected: <true> but was: <false> (2)", "rerunError iteration 3: boom",
                "system-out"), children(cases.get("broken")));
        assertEquals(List.of("error iteration 1", "rerunError iteration 2", "rerunError iteration 3",
                "rerunError iteration 4", "system-out"), children(cases.get("crashes")));
        assertEquals(List.of("system-out"), children(cases.get("ok")));

        Element rerun = child(cases.get("broken"), "rerunError");
        assertEquals("java.lang.IllegalStateException", rerun.getAttribute("type"));
        assertEquals("java.lang.IllegalStateException: boom\n\tat com.example.ChatTest.broken(ChatTest.java:31)",
                child(rerun, "stackTrace").getTextContent());
        assertEquals(ASSERTION + ": expected: <true> but was: <false>\n\tat com.example.ChatTest.broken(ChatTest.java:30)",
                child(cases.get("broken"), "failure").getTextContent());
        assertEquals("", child(child(cases.get("crashes"), "rerunError"), "stackTrace").getTextContent());
        assertEquals("0.031", cases.get("broken").getAttribute("time"));
        assertEquals(CHAT, cases.get("broken").getAttribute("classname"));

        Map<String, Element> tool = testCases(read(dir.resolve("TEST-" + TOOL + ".xml")));
        assertEquals(List.of("skipped disabled", "system-out"), children(tool.get("off")));
        assertEquals(List.of("system-out"), children(tool.get("works")));
    }

    @Test
    void eachTestsFiguresAreSuitePropertiesAndOneSystemOutLine() throws Exception {
        JUnitXmlReport.write(fixture(), dir);

        Document chat = read(dir.resolve("TEST-" + CHAT + ".xml"));
        Map<String, String> properties = properties(chat);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("aitest.iterations", "4");
        expected.put("aitest.broken.passRate", "0.00");
        expected.put("aitest.broken.passRateLow", "0.00");
        expected.put("aitest.broken.passRateHigh", "56.15");
        expected.put("aitest.broken.runs", "0/3");
        expected.put("aitest.broken.minPassRate", "70");
        expected.put("aitest.broken.iterations", "F F E S");
        expected.put("aitest.broken.firstFailedIteration", "1");
        expected.put("aitest.crashes.passRate", "0.00");
        expected.put("aitest.crashes.passRateLow", "0.00");
        expected.put("aitest.crashes.passRateHigh", "48.99");
        expected.put("aitest.crashes.runs", "0/4");
        expected.put("aitest.crashes.minPassRate", "70");
        expected.put("aitest.crashes.iterations", "E E E E");
        expected.put("aitest.crashes.firstFailedIteration", "1");
        expected.put("aitest.flaky.passRate", "50.00");
        expected.put("aitest.flaky.passRateLow", "15.00");
        expected.put("aitest.flaky.passRateHigh", "85.00");
        expected.put("aitest.flaky.runs", "2/4");
        expected.put("aitest.flaky.minPassRate", "70");
        expected.put("aitest.flaky.iterations", "P E F P");
        expected.put("aitest.flaky.firstFailedIteration", "2");
        expected.put("aitest.ok.passRate", "100.00");
        expected.put("aitest.ok.passRateLow", "51.01");
        expected.put("aitest.ok.passRateHigh", "100.00");
        expected.put("aitest.ok.runs", "4/4");
        expected.put("aitest.ok.minPassRate", "70");
        expected.put("aitest.ok.iterations", "P P P P");
        expected.put("aitest.ok.tokens", "1234");
        expected.put("aitest.ok.costUsd", "0.0042");
        assertEquals(expected, properties);

        Map<String, Element> cases = testCases(chat);
        assertEquals("aitest: 2/4 runs passed (50%, interval 15-85%), threshold 70% (aitest.minTestPassRate) not met, "
                + "iterations P E F P",
                child(cases.get("flaky"), "system-out").getTextContent());
        assertEquals("aitest: 0/3 runs passed (0%, interval 0-56%), threshold 70% (aitest.minTestPassRate) not met, "
                + "iterations F F E S",
                child(cases.get("broken"), "system-out").getTextContent());
        assertEquals("aitest: 4/4 runs passed (100%, interval 51-100%), threshold 70% (aitest.minTestPassRate) met, "
                + "iterations P P P P, 1,234 tokens, $0.0042",
                child(cases.get("ok"), "system-out").getTextContent());

        Document tool = read(dir.resolve("TEST-" + TOOL + ".xml"));
        assertEquals(Map.of("aitest.iterations", "4", "aitest.works.passRate", "100.00", "aitest.works.passRateLow",
                "43.85", "aitest.works.passRateHigh", "100.00", "aitest.works.runs", "3/3", "aitest.works.minPassRate",
                "70", "aitest.works.iterations", "P P P S", "aitest.off.runs", "0/0", "aitest.off.minPassRate", "70",
                "aitest.off.iterations", "S S S S"), properties(tool));
        assertEquals("aitest: no counted run, iterations S S S S",
                child(testCases(tool).get("off"), "system-out").getTextContent());
    }

    // ---------------------------------------------------------------- hostile text

    @Test
    void hostileTextRoundTripsAsText() throws Exception {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= 2; i++) {
            aggregator.add(new IterationData(i, 10, null, new IterationReports(List.of(
                    new TestCase("x.Hostile", HOSTILE_NAME, i == 1 ? new Run(i, RunOutcome.PASSED, 1, null, null, null)
                            : new Run(i, RunOutcome.FAILED, 1, HOSTILE, "x.Weird<Type>&", HOSTILE)),
                    new TestCase("x.Hostile", "always", new Run(i, RunOutcome.ERROR, 1, HOSTILE, "x.Err", HOSTILE)),
                    new TestCase("x.Hostile", "skippedHostile", new Run(i, RunOutcome.SKIPPED, 0, HOSTILE, null, null))),
                    List.of())));
        }
        Results results = aggregator.merge().results(2, 80.0, "2026-11-27T10:15:30Z", 20,
                new Environment("3.9.16", "3.5.4", "17.0.15"), null);

        List<Path> files = JUnitXmlReport.write(results, dir);

        assertEquals(List.of(dir.resolve("TEST-x.Hostile.xml")), files);
        byte[] bytes = Files.readAllBytes(files.get(0));
        for (byte b : bytes) {
            assertTrue(b < 0 || b >= 0x20 || b == '\n' || b == '\t' || b == '\r', "a raw control character: " + b);
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), raw);
        assertFalse(raw.contains("</failure><"), raw);
        assertFalse(raw.contains("<x a="), raw);
        validate(files.get(0));

        ReportTestSuite suite = parse(files.get(0));
        assertEquals(3, suite.getNumberOfTests());
        assertEquals(1, suite.getNumberOfErrors());
        assertEquals(1, suite.getNumberOfSkipped());
        assertEquals(1, suite.getNumberOfFlakes());
        Map<String, ReportTestCase> cases = byName(suite);
        ReportTestCase flaky = cases.get(HOSTILE_NAME);
        assertEquals("iteration 2: " + HOSTILE_READ, flaky.getFlakyFailures().get(0).getMessage());
        assertEquals("x.Weird<Type>&", flaky.getFlakyFailures().get(0).getType());
        assertEquals("iteration 1: " + HOSTILE_READ, cases.get("always").getFailureMessage());
        assertEquals(HOSTILE_READ, cases.get("skippedHostile").getFailureMessage());

        Document document = read(files.get(0));
        Map<String, Element> elements = testCases(document);
        assertEquals(HOSTILE_READ, child(child(elements.get(HOSTILE_NAME), "flakyFailure"), "stackTrace").getTextContent());
        assertEquals(HOSTILE_READ, child(elements.get("always"), "error").getTextContent());
        assertEquals("iteration 2: " + HOSTILE_READ, child(elements.get("always"), "rerunError").getAttribute("message"));
        assertEquals("1/2", properties(document).get("aitest." + HOSTILE_NAME + ".runs"));
    }

    @Test
    void charactersXmlCannotHoldAreWrittenAsSurefireWritesThem() {
        assertEquals("plain \t\n\r text", JUnitXmlReport.legal("plain \t\n\r text"));
        assertEquals("a&#0;b&#27;c&#11;d&#65534;", JUnitXmlReport.legal("a\u0000b\u001bc\u000bd\uFFFE"));
        assertEquals("pair \ud83d\ude00 kept, lone &#56832; and &#55357; not",
                JUnitXmlReport.legal("pair \ud83d\ude00 kept, lone \ude00 and \ud83d not"));
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        Set<String> taken = new HashSet<>();
        assertEquals("TEST-com.example.ChatTest.xml", JUnitXmlReport.fileName("com.example.ChatTest", taken));
        assertEquals("TEST-com.example.chattest-2.xml", JUnitXmlReport.fileName("com.example.chattest", taken));
        assertEquals("TEST-a_b_c_d_e_.xml", JUnitXmlReport.fileName("a/b\\c:d*e\u0000", taken));
        String longName = "com.example." + "VeryLong".repeat(40);
        String name = JUnitXmlReport.fileName(longName, taken);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length < 220, name);
        assertTrue(name.startsWith("TEST-com.example.VeryLong") && name.endsWith(".xml"), name);
    }

    // ---------------------------------------------------------------- the folder

    @Test
    void theFolderHoldsExactlyTheCurrentFiles() throws Exception {
        Files.writeString(dir.resolve("TEST-com.example.Gone.xml"), "<testsuite/>");
        Files.writeString(dir.resolve("TEST-com.example.Interrupted.xml.partial"), "<testsu");
        Files.writeString(dir.resolve("TEST-" + CHAT + ".xml"), "old");
        // a class renamed in case only: another file here, the same one where names ignore case
        Files.writeString(dir.resolve("TEST-" + TOOL.toUpperCase(java.util.Locale.ROOT) + ".xml"), "old");
        Files.writeString(dir.resolve("notes.txt"), "not ours");

        JUnitXmlReport.write(fixture(), dir);

        assertEquals(List.of("TEST-" + CHAT + ".xml", "TEST-" + TOOL + ".xml", "notes.txt"), list(dir));
        assertTrue(Files.readString(dir.resolve("TEST-" + CHAT + ".xml")).contains("<testcase name=\"flaky\""));
    }

    @Test
    void aFileThatCannotBeWrittenLeavesThePreviousOneWhole() throws Exception {
        Path file = dir.resolve("TEST-" + CHAT + ".xml");
        Files.writeString(file, "previous");
        // the temporary name is taken by a folder: the new file cannot be written there
        Files.createDirectories(dir.resolve("TEST-" + CHAT + ".xml.partial"));

        assertThrows(IOException.class, () -> JUnitXmlReport.write(fixture(), dir));

        assertEquals("previous", Files.readString(file));
    }

    @Test
    void reportsWriteTheFolderWhenAskedAndOnlyThen() throws Exception {
        ReportsLayout layout = new ReportsLayout(dir);
        Facts facts = Facts.of(fixture());

        assertEquals(List.of(), Reports.write(facts, layout, new ReportOptions(false, false, false), "test"));
        assertFalse(Files.exists(layout.junitDirectory()));

        assertEquals(List.of(dir.resolve("junit")), Reports.write(facts, layout, new ReportOptions(false, false, true),
                "test"));
        assertEquals(List.of("TEST-" + CHAT + ".xml", "TEST-" + TOOL + ".xml"), list(layout.junitDirectory()));
        assertTrue(ReportOptions.ALL.junitXml());
        Reports.render(facts, ReportOptions.ALL, "test");
    }

    // ---------------------------------------------------------------- the schema and size

    @Test
    void everyFileIsValidAgainstSurefiresSchema() throws Exception {
        List<Path> files = new ArrayList<>(JUnitXmlReport.write(fixture(), dir.resolve("fixture")));
        files.addAll(JUnitXmlReport.write(ReportFixtures.small(), dir.resolve("small")));

        assertEquals(4, files.size());
        for (Path file : files) {
            validate(file);
        }
    }

    @Test
    void tenThousandTestsOfTwentyIterationsAreWrittenOneFileAtATime() throws Exception {
        Results big = ReportFixtures.big(10_000, 20);

        long start = System.nanoTime();
        List<Path> files = JUnitXmlReport.write(big, dir);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(100, files.size());
        assertTrue(millis < 30_000, millis + " ms");
        int tests = 0;
        int flakes = 0;
        for (Path file : files) {
            ReportTestSuite suite = parse(file);
            tests += suite.getNumberOfTests();
            flakes += suite.getNumberOfFlakes();
        }
        assertEquals(10_000, tests);
        // every 20th test fails in every other iteration: 500 flaky tests, 10 failed runs each
        assertEquals(5_000, flakes);
        validate(files.get(0));
        validate(files.get(files.size() - 1));
    }

    // ---------------------------------------------------------------- helpers

    private static ReportTestSuite parse(Path file) throws Exception {
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());
        assertTrue(parser.isValid());
        assertEquals(1, suites.size(), () -> suites.toString());
        return suites.get(0);
    }

    private static Map<String, ReportTestCase> byName(ReportTestSuite suite) {
        return suite.getTestCases().stream().collect(Collectors.toMap(ReportTestCase::getName, Function.identity()));
    }

    private static void validate(Path file) throws Exception {
        Validator validator = schema.newValidator();
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new StreamSource(in, file.toUri().toString()));
        }
    }

    private static Document read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Map<String, Element> testCases(Document document) {
        Map<String, Element> cases = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName("testcase");
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            cases.put(element.getAttribute("name"), element);
        }
        return cases;
    }

    private static Map<String, String> properties(Document document) {
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName("property");
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            properties.put(element.getAttribute("name"), element.getAttribute("value"));
        }
        return properties;
    }

    /** The child elements: name and message. */
    private static List<String> children(Element parent) {
        List<String> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element.getTagName() + (element.hasAttribute("message")
                        ? " " + element.getAttribute("message") : ""));
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getAttribute("name"));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
