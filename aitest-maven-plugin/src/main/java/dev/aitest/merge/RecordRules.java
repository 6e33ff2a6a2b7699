package dev.aitest.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a sidecar record may hold: the rules {@code aitest-runtime}'s {@code AiTest} applies before it writes a line
 * ({@code recordUsage}: a model that is not blank, token counts that are whole numbers of 0 or more;
 * {@code recordCost}: a finite cost of 0 or more; {@code agent} and {@code metric}: a name that is not blank, a
 * finite value; {@code @MinPassRate}: 0 to 100), applied again when the line is read. A line the runtime could not
 * have written (edited by hand, forged, or written by something else) is not summed: a negative cost would lower the
 * totals and defeat {@code aitest.maxCostUsd}, a fractional or huge count would be truncated or wrap. Each check
 * gives why the value is refused, or null when it is accepted, in the words the runtime's own exception uses.
 */
final class RecordRules {

    private RecordRules() {
    }

    /** A token count: a whole JSON number from 0 to {@link Long#MAX_VALUE}. */
    static String tokens(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return field + " is missing";
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            return field + " must be a whole number of tokens from 0 to " + Long.MAX_VALUE + ", but was "
                    + shown(value);
        }
        return value.longValue() < 0 ? field + " must not be negative, but was " + value.longValue() : null;
    }

    /** A call's latency: a whole number of milliseconds of 0 or more, when given. */
    static String millis(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            return field + " must be a whole number of milliseconds from 0 to " + Long.MAX_VALUE + ", but was "
                    + shown(value);
        }
        return null;
    }

    /** A cost in US dollars: a finite JSON number of 0 or more. */
    static String cost(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return field + " is missing";
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            return field + " must be a finite number, but was " + shown(value);
        }
        return value.doubleValue() < 0 ? field + " must not be negative, but was " + shown(value) : null;
    }

    /** A metric's value: a finite JSON number. */
    static String finite(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
            return field + " must be a finite number, but was " + shown(value);
        }
        return null;
    }

    /** A threshold in percent: a JSON number from 0 to 100. */
    static String percent(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !(value.doubleValue() >= 0 && value.doubleValue() <= 100)) {
            return field + " must be a number from 0 to 100, but was " + shown(value);
        }
        return null;
    }

    /** A name (a model, an agent, a metric): a JSON string that is not blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return field + " must not be null";
        }
        if (!value.isTextual()) {
            return field + " must be a string, but was " + shown(value);
        }
        return value.asText().isBlank() ? field + " must not be blank" : null;
    }

    /** The value as the line holds it, cut to 40 characters. */
    private static String shown(JsonNode value) {
        if (value == null) {
            return "missing";
        }
        String text = value.isNumber() ? value.asText() : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
