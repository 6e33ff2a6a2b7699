package dev.aitest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.facts.AiMarkdown;
import dev.aitest.facts.Facts;
import dev.aitest.facts.HistoryView;
import dev.aitest.model.HistorySummary;
import dev.aitest.facts.Formats;
import dev.aitest.facts.TestFigures;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.model.TestResult;
import dev.aitest.model.TestStatistics;
import dev.aitest.store.AtomicFiles;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes {@code report.html}: one self-contained file (CSS, JavaScript, icon and chart inline; no network), with a
 * Content-Security-Policy that lets only its own script and style run. The tests are shipped once as JSON data and
 * rendered in the browser on demand, so big suites stay fast; every value from tests is put in the page as text.
 */
public final class HtmlReport {

    /** Failed and flaky tests listed by name in the overview before the rest is left to the table. */
    public static final int MAX_OVERVIEW = 20;
    /** Tests of the comparison with the baseline listed in its table; the rest are in results.json. */
    public static final int MAX_BASELINE_ROWS = 1_000;

    private static final String BASE = "dev/aitest/report/";
    private static final String FAVICON = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
            ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' "
                    + "fill='#1b1f24'/><path d='M4 8.5l2.5 2.5L12 5' stroke='#4ac26b' stroke-width='2' fill='none'/>"
                    + "</svg>").getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Where the template puts the data, which is streamed in afterwards. */
    private static final String DATA_MARKER = "\u0000aitest-data\u0000";

    private final TemplateEngine engine = new TemplateEngine();
    private final String css = resource("report.css");
    private final String js = resource("report.js");

    public HtmlReport() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
        resolver.setPrefix(BASE);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
    }

    /** Writes the report of {@code facts} to {@code file}, streaming the test data into it; whole or not at all. */
    public void write(Facts facts, Path file, String pluginVersion) throws IOException {
        AtomicFiles.writeBytes(file, out -> render(facts, pluginVersion, out));
    }

    /** The whole page of {@code results}. */
    public String render(Results results, String pluginVersion) {
        return render(Facts.of(results), pluginVersion);
    }

    /** The whole page. */
    public String render(Facts facts, String pluginVersion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(facts, pluginVersion, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The page is rendered around a marker where the data goes; the data (which grows with the suite) is then
     * streamed into the output, so that it is never held as one string.
     */
    private void render(Facts facts, String pluginVersion, OutputStream out) throws IOException {
        Context context = new Context();
        context.setVariable("view", facts);
        context.setVariable("aiHtml", facts.ai().present() ? AiMarkdown.toHtml(facts.ai().markdown()) : null);
        context.setVariable("maxOverview", MAX_OVERVIEW);
        context.setVariable("maxBaselineRows", MAX_BASELINE_ROWS);
        context.setVariable("pluginVersion", pluginVersion);
        context.setVariable("css", css);
        context.setVariable("js", js);
        context.setVariable("favicon", FAVICON);
        context.setVariable("csp", contentSecurityPolicy(css, js));
        context.setVariable("columns", TestFigures.columns(TestFigures.Output.HTML, facts.results()));
        context.setVariable("chart", SvgChart.iterations(facts.chart()));
        context.setVariable("reliability", facts.reliability().stream().map(SvgChart::reliability).toList());
        context.setVariable("historyCharts", facts.history() == null ? List.of()
                : facts.history().series().stream().map(SvgChart::history).toList());
        context.setVariable("data", DATA_MARKER);
        String page = engine.process("report", context);
        int at = page.indexOf(DATA_MARKER);
        out.write(page.substring(0, at).getBytes(StandardCharsets.UTF_8));
        writeData(facts, out);
        out.write(page.substring(at + DATA_MARKER.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** Nothing may load or run but the page's own style and script, identified by their hashes. */
    static String contentSecurityPolicy(String style, String script) {
        return "default-src 'none'; img-src data:; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                + "'; base-uri 'none'; form-action 'none'";
    }

    /** The tests as compact JSON for the page's script (see {@link #writeData}). */
    static String data(Results results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeData(Facts.of(results), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The fields of a test in the page's data, in the order each test's array holds them. */
    static final List<String> TEST_FIELDS = List.of("id", "outcome", "module", "kind", "agent", "change", "evidence",
            "passRate", "low", "high", "threshold", "meets", "figures", "runs", "provider", "cause", "finding",
            "history");
    /** The fields of a run in the page's data, in the order each run's array holds them. */
    static final List<String> RUN_FIELDS = List.of("iteration", "outcome", "duration", "tokens", "cost", "message",
            "type", "trace", "agent", "model", "cause");

    /**
     * Streams the tests as compact JSON, safe inside a {@code <script>} element: {@code <}, {@code >}, {@code &} and
     * the JavaScript line separators are written as escapes, which mean the same inside JSON strings (the only place
     * they can occur). The data names its fields once ({@code testFields}, {@code runFields}, {@code columns}) and
     * each test and run is an array in that order, which the script reads by name. Every value a person reads is
     * formatted here; the script formats nothing. The figure columns of the table are those {@link TestFigures}
     * lists for HTML: each cell is the figure's text and the number it sorts by. A trace or message repeated over
     * iterations is written once, in {@code traces} or {@code messages}, and referred to by index.
     */
    static void writeData(Facts facts, OutputStream out) throws IOException {
        Results results = facts.results();
        Map<String, String> changes = new java.util.HashMap<>();
        if (results.baseline() != null) {
            results.baseline().tests().forEach(t -> changes.put(t.key(), t.change().json()));
        }
        List<String[]> columns = TestFigures.columns(TestFigures.Output.HTML, facts.results());
        Map<String, HistorySummary.Test> history = HistoryView.byKey(results);
        Map<String, Integer> traces = new LinkedHashMap<>();
        Map<String, Integer> messages = new LinkedHashMap<>();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(SCRIPT_SAFE);
            json.writeStartObject();
            strings(json, "testFields", TEST_FIELDS);
            strings(json, "runFields", RUN_FIELDS);
            json.writeArrayFieldStart("columns");
            for (String[] column : columns) {
                json.writeStartArray();
                json.writeString(column[0]);
                json.writeString(column[1]);
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tests");
            for (Facts.TestRow row : facts.rows()) {
                TestResult t = row.test();
                Facts.TestLine line = row.line();
                TestStatistics stats = t.statistics();
                json.writeStartArray();
                json.writeString(t.id());
                json.writeString(t.outcome().json());
                json.writeString(line.module());
                json.writeString(t.identity().kind().json());
                json.writeString(t.usage().agent());
                json.writeString(changes.get(t.key()));
                json.writeString(line.rate().evidence());
                number(json, stats.passRate());
                number(json, stats.passRateLow());
                number(json, stats.passRateHigh());
                number(json, stats.minPassRate());
                if (stats.meetsThreshold() == null) {
                    json.writeNull();
                } else {
                    json.writeBoolean(stats.meetsThreshold());
                }
                Map<String, TestFigures.Figure> figures = new java.util.HashMap<>();
                for (TestFigures.Figure figure : row.figures()) {
                    figures.put(figure.name(), figure);
                }
                json.writeStartArray();
                for (String[] column : columns) {
                    TestFigures.Figure figure = figures.get(column[0]);
                    if (figure == null) {
                        json.writeNull();
                    } else {
                        json.writeStartArray();
                        json.writeString(figure.text());
                        number(json, figure.sort());
                        if (figure.points() != null) {
                            json.writeStartArray();
                            for (Double point : figure.points()) {
                                number(json, point);
                            }
                            json.writeEndArray();
                        }
                        json.writeEndArray();
                    }
                }
                json.writeEndArray();
                json.writeStartArray();
                for (Run r : t.iterations()) {
                    json.writeStartArray();
                    json.writeNumber(r.iteration());
                    json.writeString(r.outcome().json());
                    json.writeString(Formats.duration(r.durationMs()));
                    json.writeString(r.usage().tokens() == null ? null : Formats.tokens(r.usage().tokens()));
                    json.writeString(r.usage().costUsd() == null ? null : Formats.cost(r.usage().costUsd()));
                    number(json, r.message() == null ? null
                            : messages.computeIfAbsent(r.message(), k -> messages.size()));
                    json.writeString(r.type());
                    number(json, r.stackTrace() == null ? null
                            : traces.computeIfAbsent(r.stackTrace(), k -> traces.size()));
                    json.writeString(r.usage().agent());
                    json.writeString(r.usage().model());
                    json.writeString(Facts.cause(r));
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeNumber(t.counts().providerErrors());
                FlakinessFinding finding = t.finding();
                if (finding.classified()) {
                    json.writeString(finding.flakiness().json());
                    json.writeStartArray();
                    json.writeString(Facts.cause(finding));
                    json.writeString(Facts.detail(finding));
                    json.writeString(finding.reproduce());
                    json.writeEndArray();
                } else {
                    json.writeNull();
                    json.writeNull();
                }
                HistorySummary.Test across = history.get(t.key());
                if (across == null) {
                    json.writeNull();
                } else {
                    // [change (worse, better or null), flaky across builds only, newly flaky]
                    json.writeStartArray();
                    json.writeString(across.change());
                    json.writeBoolean(Boolean.TRUE.equals(across.environment()));
                    json.writeBoolean(across.newlyFlaky());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            strings(json, "traces", traces.keySet());
            strings(json, "messages", messages.keySet());
            json.writeEndObject();
        }
    }

    private static void strings(JsonGenerator json, String field, java.util.Collection<String> values)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, Number value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else {
            json.writeNumber(value.longValue());
        }
    }

    /** Escapes for JSON inside a script element. */
    private static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        private final SerializableString lt = escape('<');
        private final SerializableString gt = escape('>');
        private final SerializableString amp = escape('&');
        private final SerializableString lineSeparator = escape('\u2028');
        private final SerializableString paragraphSeparator = escape('\u2029');

        private static SerializableString escape(char ch) {
            return new SerializedString(String.format(Locale.ROOT, "\\u%04x", (int) ch));
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> lt;
                case '>' -> gt;
                case '&' -> amp;
                case '\u2028' -> lineSeparator;
                case '\u2029' -> paragraphSeparator;
                default -> null;
            };
        }
    };

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
