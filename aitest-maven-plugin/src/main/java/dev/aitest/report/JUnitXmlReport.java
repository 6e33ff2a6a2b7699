package dev.aitest.report;

import com.fasterxml.aalto.stax.OutputFactoryImpl;
import dev.aitest.facts.Facts;
import dev.aitest.facts.TestFigures;
import dev.aitest.store.AtomicFiles;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the merged result of all iterations as JUnit XML in Surefire's own format (schema surefire-test-report
 * 3.0), for CI test reporters: one {@code TEST-<className>.xml} per test class, one {@code testcase} per test over
 * all its iterations.
 *
 * <ul>
 *   <li>passed in every counted run: a plain {@code testcase};</li>
 *   <li>flaky: a passed {@code testcase} with a {@code flakyFailure} (assertion) or {@code flakyError} (exception or
 *       crash) per failed run;</li>
 *   <li>failed in every counted run: its first failed run as {@code failure} or {@code error}, every further one as
 *       {@code rerunFailure} or {@code rerunError};</li>
 *   <li>skipped in every run: {@code skipped}.</li>
 * </ul>
 *
 * <p>Every failed run names its iteration in its message ({@code iteration 2: expected <1> but was <2>}) and keeps
 * its type and stack trace. The schema wants the children of a {@code testcase} in a fixed order (failures before
 * errors), so runs are written in that order, each kind in iteration order. A failed run of unknown type gets the
 * type {@value #UNKNOWN_TYPE}: Surefire's own parser counts a failure without a type as neither failed nor erred.
 * Skipped runs of a test that also ran are written as nothing (the schema has no element for them); they show in
 * its iteration outcomes. The counts of a {@code testsuite} are those of the test cases it holds, a flaky test
 * counting as passed, as Surefire counts it.
 *
 * <p>The schema allows no attribute or property of a {@code testcase} beyond its name, class and time, so a test's
 * own figures (pass rate, passed of counted runs, the outcome of each iteration, tokens and cost when known) are
 * written twice: as {@code testsuite} properties named {@code aitest.<test name>.<figure>}, for tools, and as one
 * {@code system-out} line of the test, for people. The suite also has the property {@code aitest.iterations}. A
 * new figure is one more entry of {@code figures}.
 *
 * <p>Characters that XML 1.0 cannot hold (control characters other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) are written as the text {@code &#<code>;}, as Surefire writes them.
 *
 * <p>Every file is written whole to a temporary name in the same folder and then moved into place, one file at a
 * time, as a stream; once all are written, {@code TEST-*.xml} files of classes the results no longer hold are
 * removed, so that the folder holds exactly the current results.
 */
public final class JUnitXmlReport {

    /** Where the schema of the written files is published. */
    public static final String SCHEMA_LOCATION =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd";
    /** The version of Surefire's report format written. */
    public static final String FORMAT_VERSION = "3.0";
    /** The prefix of the properties aitest writes. */
    public static final String PROPERTY_PREFIX = "aitest.";
    /** The type given to a failed run whose exception class is not known. */
    public static final String UNKNOWN_TYPE = "unknown";

    private static final String FILE_PREFIX = "TEST-";
    private static final String FILE_SUFFIX = ".xml";
    /** Bytes kept of a class name in a file name, well under the 255 that file systems allow. */
    private static final int MAX_NAME_BYTES = 200;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The order in which the schema wants the children of a testcase. */
    private static final List<String> CHILD_ORDER = List.of("failure", "rerunFailure", "flakyFailure", "skipped",
            "error", "rerunError", "flakyError");
    private static final XMLOutputFactory FACTORY = new OutputFactoryImpl();

    private JUnitXmlReport() {
    }

    /**
     * Writes one file per test class of {@code results} into {@code directory} and removes the files of classes
     * that are no longer there.
     *
     * @return the files written, in class name order
     */
    public static List<Path> write(Results results, Path directory) throws IOException {
        return write(Facts.of(results), directory);
    }

    /** {@link #write(Results, Path)} of the results of {@code facts}, with the figures it computed. */
    public static List<Path> write(Facts facts, Path directory) throws IOException {
        Files.createDirectories(directory);
        Set<String> taken = new HashSet<>();
        List<Path> files = new ArrayList<>();
        int iterations = facts.results().run().iterations();
        for (Map.Entry<String, List<Facts.TestRow>> suite : byClass(facts).entrySet()) {
            Path file = directory.resolve(fileName(suite.getKey(), taken));
            AtomicFiles.writeBytes(file, out -> writeSuite(suite.getKey(), suite.getValue(), iterations, out));
            files.add(file);
        }
        removeStale(directory, files);
        return files;
    }

    /** Renders every file of {@code results} without keeping it (to load and initialise what writing needs). */
    public static void render(Facts facts) {
        try {
            for (Map.Entry<String, List<Facts.TestRow>> suite : byClass(facts).entrySet()) {
                writeSuite(suite.getKey(), suite.getValue(), facts.results().run().iterations(),
                        OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests of each class, classes in name order, tests in the order of the results. */
    static Map<String, List<Facts.TestRow>> byClass(Facts facts) {
        Map<String, List<Facts.TestRow>> classes = new TreeMap<>();
        for (Facts.TestRow row : facts.rows()) {
            classes.computeIfAbsent(row.test().identity().className(), c -> new ArrayList<>()).add(row);
        }
        return classes;
    }

    /**
     * Writes the {@code testsuite} of one class to {@code out} as UTF-8, as a stream; {@code out} is left open.
     *
     * @param className the test class
     * @param rows its tests
     * @param iterations N
     * @param out where the document goes
     */
    static void writeSuite(String className, List<Facts.TestRow> rows, int iterations, OutputStream out)
            throws IOException {
        List<TestResult> tests = rows.stream().map(Facts.TestRow::test).toList();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "noNamespaceSchemaLocation", SCHEMA_LOCATION);
            xml.writeAttribute("version", FORMAT_VERSION);
            attribute(xml, "name", className);
            long durationMs = 0;
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            List<List<Child>> children = tests.stream().map(JUnitXmlReport::children).toList();
            for (int i = 0; i < tests.size(); i++) {
                durationMs += tests.get(i).usage().durationMs();
                for (Child child : children.get(i)) {
                    switch (child.element()) {
                        case "failure" -> failures++;
                        case "error" -> errors++;
                        case "skipped" -> skipped++;
                        default -> {
                            // a rerun or a flaky run: the test counts once, by its first failed run or as passed
                        }
                    }
                }
            }
            xml.writeAttribute("time", seconds(durationMs));
            xml.writeAttribute("tests", Integer.toString(tests.size()));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
            xml.writeAttribute("failures", Integer.toString(failures));

            indent(xml, 1);
            xml.writeStartElement("properties");
            property(xml, PROPERTY_PREFIX + "iterations", Integer.toString(iterations));
            List<List<TestFigures.Figure>> figures = rows.stream().map(r -> r.figures(TestFigures.Output.JUNIT)).toList();
            for (int i = 0; i < tests.size(); i++) {
                for (TestFigures.Figure figure : figures.get(i)) {
                    property(xml, PROPERTY_PREFIX + tests.get(i).identity().name() + "." + figure.key(), figure.value());
                }
            }
            indent(xml, 1);
            xml.writeEndElement();

            for (int i = 0; i < tests.size(); i++) {
                testCase(xml, tests.get(i), children.get(i), figures.get(i));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("JUnit XML of " + className + " could not be written: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The {@code system-out} line of a test with these figures. */
    private static String summaryLine(List<TestFigures.Figure> figures) {
        List<String> phrases = new ArrayList<>();
        for (TestFigures.Figure figure : figures) {
            if (figure.phrase() != null) {
                phrases.add(figure.phrase());
            }
        }
        return "aitest: " + String.join(", ", phrases);
    }

    /**
     * A child of a testcase: what it says about one run.
     *
     * @param element failure, rerunFailure, flakyFailure, skipped, error, rerunError or flakyError
     * @param run the run it is about
     */
    private record Child(String element, Run run) {
    }

    /** The children of {@code test}'s testcase, in the order the schema wants them. */
    private static List<Child> children(TestResult test) {
        List<Child> children = new ArrayList<>();
        if (test.outcome() == TestOutcome.SKIPPED) {
            Run first = test.iterations().stream().filter(r -> r.message() != null).findFirst()
                    .orElse(test.iterations().isEmpty() ? null : test.iterations().get(0));
            children.add(new Child("skipped", first));
            return children;
        }
        boolean flaky = test.outcome() == TestOutcome.FLAKY;
        for (Run run : test.iterations()) {
            if (!run.outcome().isFailure()) {
                continue;
            }
            boolean assertion = run.outcome() == RunOutcome.FAILED;
            String element;
            if (flaky) {
                element = assertion ? "flakyFailure" : "flakyError";
            } else if (children.isEmpty()) {
                element = assertion ? "failure" : "error";
            } else {
                element = assertion ? "rerunFailure" : "rerunError";
            }
            children.add(new Child(element, run));
        }
        children.sort(Comparator.comparingInt(c -> CHILD_ORDER.indexOf(c.element())));
        return children;
    }

    private static void testCase(XMLStreamWriter xml, TestResult test, List<Child> children, List<TestFigures.Figure> figures)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("testcase");
        attribute(xml, "name", test.identity().name());
        attribute(xml, "classname", test.identity().className());
        xml.writeAttribute("time", seconds(test.usage().durationMs()));
        for (Child child : children) {
            indent(xml, 2);
            xml.writeStartElement(child.element());
            Run run = child.run();
            if (child.element().equals("skipped")) {
                if (run != null && run.message() != null) {
                    attribute(xml, "message", run.message());
                }
            } else {
                attribute(xml, "message", "iteration " + run.iteration()
                        + (run.message() == null ? "" : ": " + run.message()));
                attribute(xml, "type", run.type() == null || run.type().isBlank() ? UNKNOWN_TYPE : run.type());
                if (child.element().equals("failure") || child.element().equals("error")) {
                    text(xml, run.stackTrace());
                } else {
                    indent(xml, 3);
                    xml.writeStartElement("stackTrace");
                    text(xml, run.stackTrace());
                    xml.writeEndElement();
                    indent(xml, 2);
                }
            }
            xml.writeEndElement();
        }
        indent(xml, 2);
        xml.writeStartElement("system-out");
        text(xml, summaryLine(figures));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        indent(xml, 2);
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, legal(value));
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        if (value != null && !value.isEmpty()) {
            xml.writeCharacters(legal(value));
        }
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * {@code text} with every character that XML 1.0 cannot hold written as the text {@code &#<code>;} (as Surefire
     * does), so that the writer escapes it like any other text.
     */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean legal = pair || c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (legal && out != null) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            } else if (!legal) {
                if (out == null) {
                    out = new StringBuilder(length + 16).append(text, 0, i);
                }
                out.append("&#").append((int) c).append(';');
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code TEST-<className>.xml}, with characters that some file system refuses replaced by {@code _}, cut to a
     * length every file system takes, and made unique ignoring case among {@code taken}, which it joins in lower
     * case.
     */
    static String fileName(String className, Set<String> taken) {
        StringBuilder name = new StringBuilder(className.length());
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            name.append(c < 0x20 || "\\/:*?\"<>|".indexOf(c) >= 0 || Character.isSurrogate(c) ? '_' : c);
        }
        String base = name.toString();
        if (base.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            String hash = Integer.toHexString(className.hashCode());
            while (base.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES - hash.length() - 1) {
                base = base.substring(0, base.length() - 1);
            }
            base = base + "-" + hash;
        }
        String candidate = FILE_PREFIX + base + FILE_SUFFIX;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = FILE_PREFIX + base + "-" + n + FILE_SUFFIX;
        }
        return candidate;
    }

    /**
     * Removes the {@code TEST-*.xml} files that are not among {@code current}, and the temporary files an interrupted
     * write left. A name that differs from a current one only in case is the current file itself on a file system
     * that ignores case, and is kept there.
     */
    private static void removeStale(Path directory, List<Path> current) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        for (Path file : current) {
            byName.put(file.getFileName().toString().toLowerCase(Locale.ROOT), file);
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, FILE_PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Path same = byName.get(name.toLowerCase(Locale.ROOT));
                boolean left = name.endsWith(FILE_SUFFIX + AtomicFiles.PARTIAL) || name.endsWith(FILE_SUFFIX)
                        && (same == null || !same.getFileName().toString().equals(name) && !Files.isSameFile(file, same));
                if (left && Files.isRegularFile(file)) {
                    stale.add(file);
                }
            }
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
    }

    /** Milliseconds as seconds with three decimals: 1234 is "1.234". */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }
}
