package dev.aitest.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The forms of secrets that a ruleset in the layout of gitleaks' configuration describes: {@code [[rules]]} tables
 * with an {@code id}, a {@code regex}, {@code keywords} (a rule is tried only on text that holds one of them, ignoring
 * case: most text holds none, and an {@code indexOf} is far cheaper than a regex), an optional {@code secretGroup} and
 * {@code entropy}, and {@code [[rules.allowlists]]} with {@code regexes} and {@code stopwords}. A rule without a
 * {@code regex} (one that looks at file paths only) is left out. The regexes are Java's; RE2's {@code (?P<name>)}
 * groups and {@code [[:alpha:]]}-style classes are translated, and a rule that still does not compile stops the
 * load, naming it: a ruleset is part of the plugin and is checked by its tests.
 */
public final class SecretRules {

    /** The ruleset that ships with the plugin. */
    public static final String BUILT_IN = "secret-rules.toml";

    /**
     * One rule.
     *
     * @param id the rule's id
     * @param pattern its regex
     * @param keywords lower-case words one of which the text must hold; empty: always tried
     * @param secretGroup the group that holds the secret; -1: group 1 if there is one, else the whole match
     * @param entropy the least Shannon entropy of the secret in bits per character; 0: none
     * @param allowed patterns a secret that matches one of is left alone
     * @param stopwords lower-case words a secret that holds one of is left alone
     */
    public record Rule(String id, Pattern pattern, List<String> keywords, int secretGroup, double entropy,
            List<Pattern> allowed, List<String> stopwords) {

        /** Whether {@code lowerCaseText} holds one of the keywords (or the rule has none). */
        boolean mayMatch(String lowerCaseText) {
            if (keywords.isEmpty()) {
                return true;
            }
            for (String keyword : keywords) {
                if (lowerCaseText.contains(keyword)) {
                    return true;
                }
            }
            return false;
        }

        /** The group of {@code matcher}'s match that holds the secret. */
        int group(Matcher matcher) {
            return secretGroup >= 0 ? secretGroup : matcher.groupCount() >= 1 ? 1 : 0;
        }

        /** Whether {@code secret} is one: random enough, and in no allowlist. */
        boolean isSecret(String secret) {
            if (entropy > 0 && SecretRules.entropy(secret) < entropy) {
                return false;
            }
            for (Pattern pattern : allowed) {
                if (pattern.matcher(secret).find()) {
                    return false;
                }
            }
            String lower = stopwords.isEmpty() ? null : secret.toLowerCase(Locale.ROOT);
            for (String stopword : stopwords) {
                if (lower.contains(stopword)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String[][] POSIX = {{"[:alnum:]", "\\p{Alnum}"}, {"[:alpha:]", "\\p{Alpha}"},
        {"[:digit:]", "\\d"}, {"[:lower:]", "\\p{Lower}"}, {"[:upper:]", "\\p{Upper}"}, {"[:space:]", "\\s"},
        {"[:xdigit:]", "\\p{XDigit}"}, {"[:punct:]", "\\p{Punct}"}, {"[:word:]", "\\w"}};

    private SecretRules() {
    }

    /** The rules of the ruleset that ships with the plugin. */
    public static List<Rule> builtIn() {
        try (InputStream in = SecretRules.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's " + BUILT_IN + " is missing");
            }
            return read(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's " + BUILT_IN + " cannot be read", e);
        }
    }

    /**
     * The rules of a ruleset.
     *
     * @param source the ruleset's name, for messages
     * @throws IllegalArgumentException naming the rule whose regex does not compile
     */
    public static List<Rule> read(InputStream toml, String source) throws IOException {
        JsonNode root = new TomlMapper().readTree(toml);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            if (!rule.hasNonNull("regex")) {
                continue;
            }
            String id = rule.path("id").asText("?");
            List<Pattern> allowed = new ArrayList<>();
            List<String> stopwords = new ArrayList<>();
            List<JsonNode> allowlists = new ArrayList<>();
            rule.path("allowlists").forEach(allowlists::add);
            if (rule.path("allowlist").isObject()) {
                // the layout of gitleaks before 8.21: one [rules.allowlist]
                allowlists.add(rule.get("allowlist"));
            }
            for (JsonNode allowlist : allowlists) {
                // gitleaks matches an allowlist's regexes against the secret unless it says otherwise
                if (allowlist.path("regexTarget").asText("secret").equals("secret")) {
                    allowlist.path("regexes").forEach(r -> allowed.add(compile(r.asText(), id, source)));
                }
                allowlist.path("stopwords").forEach(w -> stopwords.add(w.asText().toLowerCase(Locale.ROOT)));
            }
            List<String> keywords = new ArrayList<>();
            rule.path("keywords").forEach(k -> keywords.add(k.asText().toLowerCase(Locale.ROOT)));
            rules.add(new Rule(id, compile(rule.get("regex").asText(), id, source), List.copyOf(keywords),
                    rule.has("secretGroup") ? rule.get("secretGroup").asInt() : -1,
                    rule.path("entropy").asDouble(0), List.copyOf(allowed), List.copyOf(stopwords)));
        }
        return List.copyOf(rules);
    }

    /** {@code regex} as a Java pattern, RE2's own syntax translated ({@link #java}). */
    static Pattern compile(String regex, String id, String source) {
        try {
            return Pattern.compile(java(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(source + ": the regex of rule " + id + " does not compile in Java: "
                    + e.getDescription(), e);
        }
    }

    /**
     * An RE2 regex in Java's syntax, where the two differ: {@code (?P<name>} groups become {@code (?<name>} (with
 * the letters and digits of the name only); a
     * {@code {} that starts no repetition ({@code {{ name }}}) is a literal in RE2 and is escaped; in a character
     * class, a {@code ]} right after {@code [} or {@code [^} is a literal, {@code [:alpha:]}-style names become
     * {@code \p{Alpha}}, and {@code [} and {@code &} are literals (Java would read a union or an intersection).
     */
    static String java(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
            } else if (inClass) {
                String posix = posixAt(regex, i);
                if (posix != null) {
                    out.append(posix);
                    i = regex.indexOf(":]", i) + 1;
                } else if (c == ']') {
                    out.append(c);
                    inClass = false;
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    out.append(regex.charAt(++i));
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
            } else if (c == '{' && !REPETITION.matcher(regex).region(i, regex.length()).lookingAt()) {
                out.append("\\{");
            } else if (c == '(' && (regex.startsWith("(?P<", i) || regex.startsWith("(?<", i)
                    && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) && regex.indexOf('>', i) > 0) {
                // Java's group names are letters and digits, starting with a letter (RE2 allows key_ops)
                int name = regex.indexOf('<', i) + 1;
                int end = regex.indexOf('>', name);
                String javaName = regex.substring(name, end).replaceAll("[^A-Za-z0-9]", "");
                out.append("(?<").append(javaName.isEmpty() || !Character.isLetter(javaName.charAt(0)) ? "g" : "")
                        .append(javaName).append('>');
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Pattern REPETITION = Pattern.compile("\\{\\d+(?:,\\d*)?}");

    /** The Java class of the POSIX class name that starts at {@code at} inside a character class, or null. */
    private static String posixAt(String regex, int at) {
        if (!regex.startsWith("[:", at)) {
            return null;
        }
        for (String[] posix : POSIX) {
            if (regex.startsWith(posix[0], at)) {
                return posix[1];
            }
        }
        return null;
    }

    /** The Shannon entropy of {@code text}, in bits per character. */
    static double entropy(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            counts.merge(text.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
