package dev.aitest.merge;

import com.fasterxml.aalto.in.ByteSourceBootstrapper;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.StreamReaderImpl;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Surefire's {@code TEST-*.xml} reports as a stream. A file that ends early or is malformed keeps every
 * test case completed before the damage and is reported as damaged.
 */
public final class SurefireXmlReader {

    /** Reports up to this size are read whole and parsed from memory; bigger ones are streamed. */
    private static final long WHOLE = 1 << 20;

    private final InputFactoryImpl factory;
    /** One copy of each failure message and type: the same failure in many iterations is held once. */
    private final Map<String, String> seen = new ConcurrentHashMap<>(1024);

    public SurefireXmlReader() {
        factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // text arrives in pieces, so that a huge stack trace or captured output is never held whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * The name a test is known by in every iteration: Surefire's {@code name}, without the invocation number it
     * adds to a TestNG data-provider invocation ({@code answers[q3](2)} is {@code answers[q3]}): the parameters in
     * brackets, then the invocation number in parentheses. Surefire counts that number when the invocation ends, so
     * with {@code @DataProvider(parallel = true)} it is the order the invocations finished in, which changes from one
     * iteration to the next; the parameters do not. Invocations with the same parameters (a row given twice,
     * {@code invocationCount}) are runs of one test. JUnit's names ({@code square(int)[3]}, {@code test[0]}) never
     * end that way and are kept as they are.
     */
    public static String testName(String surefireName) {
        // "...](digits)": read from the end, since it is read once per test run
        int close = surefireName.length() - 1;
        if (close < 0 || surefireName.charAt(close) != ')') {
            return surefireName;
        }
        int open = close - 1;
        while (open >= 0 && surefireName.charAt(open) >= '0' && surefireName.charAt(open) <= '9') {
            open--;
        }
        boolean numbered = open < close - 1 && open >= 1 && surefireName.charAt(open) == '('
                && surefireName.charAt(open - 1) == ']';
        return numbered ? surefireName.substring(0, open) : surefireName;
    }

    /**
     * Reads every {@code TEST-*.xml} directly in {@code directory}. Files are parsed on all cores at once; the
     * result is in file-name order whatever the order they finish in.
     */
    public IterationReports readDirectory(Path directory, int iteration) throws IOException {
        List<Path> files = reportFiles(directory);
        List<FileCases> read = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> {
                    List<TestCase> cases = new ArrayList<>();
                    String error = readFile(files.get(i), iteration, cases::add);
                    return new FileCases(cases, error == null ? null
                            : new DamagedFile(iteration, files.get(i).toString(), error));
                })
                .toList();
        List<TestCase> cases = new ArrayList<>();
        List<DamagedFile> damaged = new ArrayList<>();
        for (FileCases file : read) {
            cases.addAll(file.cases());
            if (file.damage() != null) {
                damaged.add(file.damage());
            }
        }
        return new IterationReports(cases, damaged);
    }

    /** The cases of one file and what damaged it, if anything. */
    private record FileCases(List<TestCase> cases, DamagedFile damage) {
    }

    static List<Path> reportFiles(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "TEST-*.xml")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /**
     * Streams the test cases of one report into {@code sink}. A report of up to 1 MB (nearly all of them) is read in
     * one go and parsed from that one buffer, which is much cheaper than from a stream; a bigger one is streamed, so
     * that its size never decides the memory taken.
     *
     * @return null when the file was read to its end, else what went wrong
     */
    public String readFile(Path file, int iteration, Consumer<TestCase> sink) {
        try {
            if (Files.size(file) <= WHOLE) {
                byte[] content = Files.readAllBytes(file);
                // what Aalto's factory does for a byte-array source (a Stax2 type, which the domain does not use)
                read(StreamReaderImpl.construct(ByteSourceBootstrapper.construct(
                        factory.getNonSharedConfig(null, null, null, false, true), content, 0, content.length)),
                        iteration, sink);
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                read(factory.createXMLStreamReader(in), iteration, sink);
            }
            return null;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            return message.replaceAll("\\s+", " ").trim();
        }
    }

    private void read(XMLStreamReader reader, int iteration, Consumer<TestCase> sink) throws XMLStreamException {
        try {
            readCases(reader, iteration, sink);
        } finally {
            reader.close();
        }
    }

    private void readCases(XMLStreamReader reader, int iteration, Consumer<TestCase> sink) throws XMLStreamException {
        String suite = null;
        CaseBuilder current = null;
        boolean sawRoot = false;
        // what the cases of one file share: one copy of their class name, one buffer for their traces
        String lastClassName = null;
        StackTraces.Collector trace = new StackTraces.Collector();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = reader.getLocalName();
                sawRoot = true;
                if (current == null) {
                    if ("testsuite".equals(element)) {
                        suite = reader.getAttributeValue(null, "name");
                    } else if ("testcase".equals(element)) {
                        current = new CaseBuilder(reader, suite, lastClassName);
                        lastClassName = current.className;
                    }
                } else {
                    current.child(element, reader, trace);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && current != null
                    && "testcase".equals(reader.getLocalName())) {
                sink.accept(current.build(iteration));
                current = null;
            }
        }
        if (!sawRoot) {
            throw new XMLStreamException("the file holds no XML element");
        }
    }

    /** Collects one {@code <testcase>} element. */
    private final class CaseBuilder {
        private final String className;
        private final String name;
        private final long durationMs;
        private RunOutcome outcome = RunOutcome.PASSED;
        private String message;
        private String type;
        private String trace;

        CaseBuilder(XMLStreamReader reader, String suite, String lastClassName) {
            // one pass over the attributes by position: cheaper than three look-ups by name
            String cls = null;
            String caseName = null;
            String time = null;
            for (int i = 0, count = reader.getAttributeCount(); i < count; i++) {
                switch (reader.getAttributeLocalName(i)) {
                    case "classname" -> cls = reader.getAttributeValue(i);
                    case "name" -> caseName = reader.getAttributeValue(i);
                    case "time" -> time = reader.getAttributeValue(i);
                    default -> {
                        // other attributes are not needed
                    }
                }
            }
            String named = cls == null || cls.isEmpty() ? String.valueOf(suite) : cls;
            className = named.equals(lastClassName) ? lastClassName : named;
            name = testName(String.valueOf(caseName));
            durationMs = millis(time);
        }

        void child(String element, XMLStreamReader reader, StackTraces.Collector collector) throws XMLStreamException {
            RunOutcome found = switch (element) {
                case "failure" -> RunOutcome.FAILED;
                case "error" -> RunOutcome.ERROR;
                case "skipped" -> RunOutcome.SKIPPED;
                default -> null;
            };
            if (found == null || outcome != RunOutcome.PASSED) {
                skipElement(reader);
                return;
            }
            outcome = found;
            message = canonical(emptyToNull(reader.getAttributeValue(null, "message")));
            type = canonical(emptyToNull(reader.getAttributeValue(null, "type")));
            if (found == RunOutcome.SKIPPED) {
                skipElement(reader);
            } else {
                trace = readTrace(reader, collector);
            }
        }

        TestCase build(int iteration) {
            Run run = new Run(iteration, outcome, durationMs, message, type, trace);
            // a run in error may be the provider's failure, not the test's
            ProviderErrors.Failure provider = ProviderErrors.of(outcome, type, message, trace);
            return new TestCase(className, name, provider == null ? run : run.withCause(provider.cause()));
        }
    }

    private String canonical(String text) {
        return text == null ? null : seen.computeIfAbsent(text, t -> t);
    }

    /**
     * The text of the element the reader is on, trimmed as it streams by into {@code trace} (cleared first); the
     * reader ends past the element.
     */
    private static String readTrace(XMLStreamReader reader, StackTraces.Collector trace) throws XMLStreamException {
        trace.clear();
        pass(reader, trace);
        return trace.result();
    }

    /** Moves the reader past the end of the element it is on, whatever it contains. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        pass(reader, null);
    }

    /** Moves past the end of the current element, giving its own text to {@code text} when there is one. */
    private static void pass(XMLStreamReader reader, StackTraces.Collector text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (text != null && depth == 1 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                text.add(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Surefire's {@code time} attribute (seconds) in milliseconds, rounded half up. The usual form, digits with an
     * optional fraction ({@code 0.123}), is read directly, since it is read once per test run; any other form
     * (thousands separators, exponents) goes through {@link Double#parseDouble}.
     */
    static long millis(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return 0;
        }
        long whole = 0;
        int i = 0;
        int length = seconds.length();
        while (i < length && i < 15 && Character.isDigit(seconds.charAt(i))) {
            whole = whole * 10 + (seconds.charAt(i++) - '0');
        }
        if (i > 0 && (i == length || seconds.charAt(i) == '.' && i + 1 < length)) {
            long millis = whole * 1000;
            int fraction = i + 1;
            for (int scale = 100; fraction < length && scale >= 1 && Character.isDigit(seconds.charAt(fraction));
                    scale /= 10) {
                millis += (seconds.charAt(fraction++) - '0') * scale;
            }
            boolean digitsOnly = true;
            for (int j = fraction; j < length; j++) {
                digitsOnly &= Character.isDigit(seconds.charAt(j));
            }
            if (digitsOnly) {
                return fraction < length && seconds.charAt(fraction) >= '5' ? millis + 1 : millis;
            }
        }
        try {
            return Math.round(Double.parseDouble(seconds.replace(",", "").trim()) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
