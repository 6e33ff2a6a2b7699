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

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P<");
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
            for (JsonNode allowlist : rule.path("allowlists")) {
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

    /** {@code regex} as a Java pattern, RE2's own syntax translated. */
    static Pattern compile(String regex, String id, String source) {
        String java = NAMED_GROUP.matcher(regex).replaceAll("(?<");
        for (String[] posix : POSIX) {
            java = java.replace(posix[0], posix[1]);
        }
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(source + ": the regex of rule " + id + " does not compile in Java: "
                    + e.getDescription(), e);
        }
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
