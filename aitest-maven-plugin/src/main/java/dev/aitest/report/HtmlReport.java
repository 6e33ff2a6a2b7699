package dev.aitest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The file name under the reports directory. */
    public static final String FILE_NAME = "report.html";
    /** Failed and flaky tests listed by name in the overview before the rest is left to the table. */
    public static final int MAX_OVERVIEW = 20;

    private static final String BASE = "dev/aitest/report/";
    private static final String FAVICON = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
            ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' "
                    + "fill='#1b1f24'/><path d='M4 8.5l2.5 2.5L12 5' stroke='#4ac26b' stroke-width='2' fill='none'/>"
                    + "</svg>").getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** Writes the report of {@code results} to {@code file}. */
    public void write(Results results, Path file, String pluginVersion) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(results, pluginVersion), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public String render(Results results, String pluginVersion) {
        Context context = new Context();
        context.setVariable("view", ReportView.of(results));
        context.setVariable("maxOverview", MAX_OVERVIEW);
        context.setVariable("pluginVersion", pluginVersion);
        context.setVariable("css", css);
        context.setVariable("js", js);
        context.setVariable("favicon", FAVICON);
        context.setVariable("csp", contentSecurityPolicy(css, js));
        context.setVariable("data", data(results));
        return engine.process("report", context);
    }

    /** Nothing may load or run but the page's own style and script, identified by their hashes. */
    static String contentSecurityPolicy(String style, String script) {
        return "default-src 'none'; img-src data:; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                + "'; base-uri 'none'; form-action 'none'";
    }

    /**
     * The tests as compact JSON for the page's script, safe inside a {@code <script>} element: {@code <}, {@code >},
     * {@code &} and the JavaScript line separators only occur inside JSON strings, where their escapes mean the same.
     */
    static String data(Results results) {
        List<Object> tests = new ArrayList<>(results.tests().size());
        Map<String, Integer> traces = new LinkedHashMap<>();
        for (TestResult t : results.tests()) {
            List<Object> runs = new ArrayList<>(t.iterations().size());
            for (Run r : t.iterations()) {
                // a trace repeated over iterations is shipped once
                Integer trace = r.stackTrace() == null ? null : traces.computeIfAbsent(r.stackTrace(), k -> traces.size());
                runs.add(Arrays.asList(r.iteration(), r.outcome().json(), r.durationMs(), r.tokens(), r.costUsd(),
                        r.message(), r.type(), trace, r.agent(), r.model()));
            }
            tests.add(Arrays.asList(t.id(), t.outcome().json(), t.passRate(), t.passedRuns(), t.failedRuns(),
                    t.skippedRuns(), t.durationMs(), t.tokens(), t.costUsd(), t.agent(), runs));
        }
        try {
            return scriptSafe(MAPPER.writeValueAsString(Map.of("tests", tests, "traces", traces.keySet())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report data cannot be written as JSON", e);
        }
    }

    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

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
