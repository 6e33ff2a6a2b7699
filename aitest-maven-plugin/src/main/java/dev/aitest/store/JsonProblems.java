package dev.aitest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON file in the user's words: where ({@code tests[3].passedRuns}), what is there and
 * what must be, never the names of Java types.
 */
public final class JsonProblems {

    private static final Pattern TYPE = Pattern.compile("of type `([^`]+)`");

    private JsonProblems() {
    }

    /** "it is not JSON (... at line 2)" for a file that does not parse. */
    public static String notJson(JsonProcessingException e) {
        return "it is not JSON (" + e.getOriginalMessage() + (e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr()) + ")";
    }

    /** "models.gpt-x.inputPerMillion is "cheap" but must be a number", for a value of the wrong kind in {@code tree}. */
    public static String wrongValue(JsonMappingException e, JsonNode tree) {
        StringBuilder path = new StringBuilder();
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
                pointer.append('/').append(reference.getIndex());
            }
        }
        String where = path.length() == 0 ? "the file" : path.toString();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + " is not a field aitest knows there (it knows " + String.join(", ",
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")";
        }
        String found = tree == null || pointer.length() == 0 ? "" : " is " + shown(tree.at(pointer.toString()));
        return where + found + " but must be " + expected(e.getOriginalMessage());
    }

    /** What a value of the type Jackson names must be, in words. */
    static String expected(String jacksonMessage) {
        Matcher type = TYPE.matcher(String.valueOf(jacksonMessage));
        String name = type.find() ? type.group(1) : "";
        return switch (name) {
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "a whole number";
            case "double", "java.lang.Double" -> "a number";
            case "boolean", "java.lang.Boolean" -> "true or false";
            case "java.lang.String" -> "text";
            default -> name.startsWith("java.util.List") || name.startsWith("java.util.ArrayList") ? "a list"
                    : name.startsWith("java.util.") || name.startsWith("dev.aitest.") ? "an object"
                    : "a value of another kind";
        };
    }

    /** A JSON value as it is written, cut at 40 characters; "missing" for none. */
    public static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
