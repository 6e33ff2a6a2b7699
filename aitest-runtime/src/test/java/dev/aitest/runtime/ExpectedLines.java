package dev.aitest.runtime;

/** Builds the exact sidecar lines the tests expect, without the trailing {@code \n}. */
final class ExpectedLines {

    private ExpectedLines() {
    }

    private static StringBuilder start(String className, String name, String kind) {
        StringBuilder line = new StringBuilder("{\"className\":");
        Json.string(line, className).append(",\"name\":");
        return Json.string(line, name).append(",\"kind\":\"").append(kind).append('"');
    }

    static String usage(String className, String name, String model, long input, long output) {
        StringBuilder line = start(className, name, "usage").append(",\"model\":");
        return Json.string(line, model).append(",\"inputTokens\":").append(input)
                .append(",\"outputTokens\":").append(output).append('}').toString();
    }

    static String cost(String className, String name, double usd) {
        return start(className, name, "cost").append(",\"usd\":").append(usd).append('}').toString();
    }

    static String agent(String className, String name, String agent) {
        StringBuilder line = start(className, name, "agent").append(",\"agent\":");
        return Json.string(line, agent).append('}').toString();
    }

    static String minPassRate(String className, String name, double value) {
        return start(className, name, "minPassRate").append(",\"value\":").append(value).append('}').toString();
    }

    static String metric(String className, String name, String metric, double value) {
        StringBuilder line = start(className, name, "metric").append(",\"metric\":");
        return Json.string(line, metric).append(",\"value\":").append(value).append('}').toString();
    }
}
