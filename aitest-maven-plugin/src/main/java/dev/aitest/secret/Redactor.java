package dev.aitest.secret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what looks like a secret from text before it leaves the machine or reaches a log: any exact secret it is
 * given (the configured API key), then its own rules (private key blocks, Authorization and key headers, bearer
 * tokens, passwords in URLs and in {@code password=...} settings), then the ruleset of {@link SecretRules}: the
 * services' token formats (Slack webhooks, Stripe keys, GitHub, GitLab, AWS, Google, ...) and Oracle's
 * {@code user/password@host}. A ruleset rule is tried only on text that holds one of its keywords, so the cost of a
 * text without secrets is one lower-casing and a few {@code indexOf} per rule, linear in its length.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "[REDACTED]";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // PEM private keys, also when the text was cut before the END line, and in JSON with escaped newlines
            new Rule(Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE"
                    + " KEY(?: BLOCK)?-----|\\z)"), "[REDACTED PRIVATE KEY]"),
            // Authorization: Bearer x / Basic x / anything, to the end of the line
            new Rule(Pattern.compile("(?i)\\b((?:proxy-)?authorization)(\"?\\s*[:=]\\s*\"?)[^\\r\\n\"]+"), "$1$2" + MASK),
            // Bearer tokens anywhere else
            new Rule(Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{8,}"), "Bearer " + MASK),
            // user:password@host in URLs
            new Rule(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/\\s:@]+):([^/\\s@]+)@"), "$1$2:" + MASK + "@"),
            // key=value, "key": "value", key: value for names that hold secrets (AWS, Azure and GCP names included)
            new Rule(Pattern.compile("(?i)\\b((?:x-)?api[-_]?key|apikey|(?:access|refresh|auth|session|id|bearer)[-_]?token"
                    + "|token|client[-_]?secret|secret[-_]?(?:access[-_]?)?key|secret|password|passwd|pwd|credentials?"
                    + "|aws_secret_access_key|aws_session_token|private[-_]?key(?:[-_]?id)?|account[-_]?key"
                    + "|shared[-_]?access[-_]?key|shared[-_]?access[-_]?signature)"
                    + "(\"?'?\\s*[:=]\\s*\"?'?)([^\\s\"',;&}]+)"), "$1$2" + MASK),
            // the signature of an Azure shared access signature (SAS) URL
            new Rule(Pattern.compile("([?&]sig=)[^&\\s\"']+"), "$1" + MASK));

    /**
     * The ruleset that ships with the plugin, read once, when the first text is scrubbed (the warm-up does it while
     * Maven compiles): a goal that scrubs nothing does not read it.
     */
    private static final class Ruleset {
        static final List<SecretRules.Rule> RULES = SecretRules.builtIn();
    }

    private final List<String> exact;

    /** A redactor that also removes each of {@code secrets} wherever it appears (blank ones are ignored). */
    public Redactor(Collection<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && secret.strip().length() >= 4) {
                kept.add(secret.strip());
            }
        }
        kept.sort((a, b) -> b.length() - a.length());
        this.exact = List.copyOf(kept);
    }

    /**
     * A redactor that also removes {@code secrets} and the values of environment variables whose names say they
     * hold a secret (KEY, TOKEN, SECRET, PASSWORD, PASSWD, CREDENTIAL), in case a test printed one.
     */
    public static Redactor withEnvironment(Collection<String> secrets, java.util.Map<String, String> environment) {
        List<String> all = new ArrayList<>(secrets);
        environment.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).find() && value != null && value.strip().length() >= 8) {
                all.add(value);
            }
        });
        return new Redactor(all);
    }

    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)");

    /** A redactor with the patterns only. */
    public static Redactor patternsOnly() {
        return new Redactor(List.of());
    }

    /**
     * A text without its secrets, and how many were replaced.
     *
     * @param text the text, null for null
     * @param replaced how many secrets were replaced
     */
    public record Scrubbed(String text, int replaced) {
    }

    /** {@code text} without secrets; null stays null. */
    public String redact(String text) {
        return scrub(text).text();
    }

    /** {@code text} without secrets, counting them. */
    public Scrubbed scrub(String text) {
        if (text == null || text.isEmpty()) {
            return new Scrubbed(text, 0);
        }
        String result = text;
        int replaced = 0;
        for (String secret : exact) {
            int at = result.indexOf(secret);
            if (at < 0) {
                continue;
            }
            StringBuilder out = new StringBuilder(result.length());
            int from = 0;
            for (; at >= 0; at = result.indexOf(secret, from)) {
                out.append(result, from, at).append(MASK);
                from = at + secret.length();
                replaced++;
            }
            result = out.append(result, from, result.length()).toString();
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            if (!matcher.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder(result.length());
            do {
                // a value already masked (an exact secret, an earlier rule) is not counted twice
                if (!matcher.group().endsWith(MASK)) {
                    replaced++;
                }
                matcher.appendReplacement(out, rule.replacement());
            } while (matcher.find());
            result = matcher.appendTail(out).toString();
        }
        String lower = result.toLowerCase(Locale.ROOT);
        for (SecretRules.Rule rule : Ruleset.RULES) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(result);
            StringBuilder out = null;
            int from = 0;
            while (matcher.find()) {
                int group = rule.group(matcher);
                int start = matcher.start(group);
                int end = matcher.end(group);
                if (start < 0 || start == end) {
                    continue;
                }
                String secret = result.substring(start, end);
                if (secret.contains(MASK) || !rule.isSecret(secret)) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(result.length());
                }
                out.append(result, from, start).append(MASK);
                from = end;
                replaced++;
            }
            if (out != null) {
                result = out.append(result, from, result.length()).toString();
                lower = result.toLowerCase(Locale.ROOT);
            }
        }
        return new Scrubbed(result, replaced);
    }
}
