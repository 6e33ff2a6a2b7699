package dev.aitest.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds Surefire-style {@code TEST-*.xml} reports for tests. */
public final class SurefireXml {

    private SurefireXml() {
    }

    /** A whole report: XML declaration, {@code <testsuite>} with properties, then the given test cases. */
    public static String report(String suiteName, String... testCases) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"")
                .append(attr(suiteName)).append("\" time=\"2.1\" tests=\"").append(testCases.length)
                .append("\" errors=\"0\" skipped=\"0\" failures=\"0\">\n")
                .append("  <properties>\n")
                .append("    <property name=\"java.version\" value=\"17.0.9\"/>\n")
                .append("    <property name=\"aitest.iteration\" value=\"1\"/>\n")
                .append("  </properties>\n");
        for (String testCase : testCases) {
            xml.append("  ").append(testCase).append('\n');
        }
        return xml.append("</testsuite>\n").toString();
    }

    public static String passed(String className, String name, String time) {
        return "<testcase name=\"" + attr(name) + "\" classname=\"" + attr(className) + "\" time=\"" + time + "\"/>";
    }

    /** A {@code <failure>} whose trace is in CDATA, followed by captured output that must not be taken as trace. */
    public static String failed(String className, String name, String time, String message, String type, String trace) {
        return open(className, name, time)
                + "<failure message=\"" + attr(message) + "\" type=\"" + attr(type) + "\"><![CDATA[" + trace
                + "]]></failure>"
                + "<system-out><![CDATA[output of " + name + "\n]]></system-out>"
                + "</testcase>";
    }

    /** An {@code <error>} whose trace is plain (escaped) text. */
    public static String error(String className, String name, String time, String message, String type, String trace) {
        return open(className, name, time)
                + "<error message=\"" + attr(message) + "\" type=\"" + attr(type) + "\">" + attr(trace) + "</error>"
                + "</testcase>";
    }

    public static String skipped(String className, String name, String message) {
        return open(className, name, "0") + "<skipped message=\"" + attr(message) + "\"/></testcase>";
    }

    /** Writes {@code content} to {@code directory/fileName}, creating the directory. */
    public static Path write(Path directory, String fileName, String content) throws IOException {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    private static String open(String className, String name, String time) {
        return "<testcase name=\"" + attr(name) + "\" classname=\"" + attr(className) + "\" time=\"" + time + "\">";
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
