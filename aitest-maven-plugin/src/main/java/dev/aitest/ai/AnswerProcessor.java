package dev.aitest.ai;

import dev.aitest.facts.AiMarkdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Turns the model's answer into the stored summary: the five sections in their order, numbers the model typed next
 * to %, $ or "tokens" removed, placeholders such as {@code {{overall.passRate}}} replaced with the facts computed
 * by aitest, and the result sanitised (see {@link AiMarkdown}) and kept under {@link #MAX_CHARS}.
 */
public final class AnswerProcessor {

    /** What replaces a number the model typed itself. */
    public static final String NUMBER_REMOVED = "(number removed)";
    /** What replaces a placeholder that names no fact. */
    public static final String UNKNOWN_VALUE = "(unknown value)";
    /** What a section the model left out says. */
    public static final String EMPTY_SECTION = "Not covered by the model.";
    /** The longest summary kept, in characters of Markdown. */
    public static final int MAX_CHARS = 16_000;
    /** The longest answer read at all. */
    static final int MAX_ANSWER_CHARS = 200_000;

    private static final String NUM = "\\d+(?:[.,]\\d+)*";
    private static final Pattern TYPED_NUMBER = Pattern.compile("(?i)"
            + "(?:US\\s?)?\\$\\s?" + NUM + "(?:\\s?(?:k|m|bn|thousand|million|billion)\\b)?"
            + "|(?<![\\w.])[-+~\u2248]?" + NUM + "\\s?(?:%|percent\\b|per\\s?cent\\b|pct\\b)"
            + "|(?<![\\w.])" + NUM + "\\s?(?:usd|us dollars?|dollars?)\\b"
            + "|(?<![\\w.])~?" + NUM + "\\s?(?:k|m|thousand|million)?\\s?(?:(?:input|output|prompt|completion|total"
            + "|reasoning)\\s)?tokens?\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\$?)\\{\\{\\s*([A-Za-z0-9_.:-]+)\\s*\\}\\}( ?%)?");

    private AnswerProcessor() {
    }

    /**
     * The processed answer.
     *
     * @param markdown the summary to store and show
     * @param numbersRemoved numbers the model typed next to %, $ or "tokens", removed
     * @param unknownPlaceholders placeholders that named no fact, removed
     * @param structured false when the answer had none of the five section headings
     */
    public record Processed(String markdown, int numbersRemoved, int unknownPlaceholders, boolean structured) {
    }

    /** Processes {@code answer} with the facts that were sent to the model. */
    public static Processed process(String answer, Map<String, String> facts) {
        String text = answer.length() > MAX_ANSWER_CHARS ? answer.substring(0, MAX_ANSWER_CHARS) : answer;
        Node document = AiMarkdown.parse(text);
        AiMarkdown.sanitize(document);
        mergeTexts(document);
        Counter counter = new Counter(facts);
        rewriteLiterals(document, counter);
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        AiMarkdown.SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
        String current = null;
        List<Node> before = new ArrayList<>();
        boolean structured = false;
        Node child = document.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            child.unlink();
            String section = child instanceof Heading h ? AiMarkdown.section(AiMarkdown.plainText(h)) : null;
            if (section != null) {
                current = section;
                structured = true;
            } else {
                Node block = child instanceof Heading h ? AiMarkdown.bold(h) : child;
                (current == null ? before : sections.get(current)).add(block);
            }
            child = next;
        }
        sections.get(AiMarkdown.SECTIONS.get(0)).addAll(0, before);
        return new Processed(layout(sections), counter.removed, counter.unknown, structured);
    }

    /** The sections as Markdown, each block kept while the whole stays under {@link #MAX_CHARS}. */
    private static String layout(Map<String, List<Node>> sections) {
        StringBuilder out = new StringBuilder();
        boolean cut = false;
        for (Map.Entry<String, List<Node>> section : sections.entrySet()) {
            out.append("#".repeat(AiMarkdown.SECTION_LEVEL)).append(' ').append(section.getKey()).append("\n\n");
            List<Node> blocks = section.getValue();
            if (blocks.isEmpty()) {
                out.append('_').append(EMPTY_SECTION).append("_\n\n");
                continue;
            }
            for (Node block : blocks) {
                String rendered = AiMarkdown.render(AiMarkdown.document(List.of(block))).strip();
                if (cut || out.length() + rendered.length() > MAX_CHARS) {
                    cut = true;
                    continue;
                }
                out.append(rendered).append("\n\n");
            }
        }
        if (cut) {
            out.append("_The rest of the answer was cut: it was longer than ").append(String.format(Locale.ROOT, "%,d",
                    MAX_CHARS)).append(" characters._\n\n");
        }
        return out.toString().strip() + "\n";
    }

    /** Adjacent texts become one, so that a placeholder or a number is never split across two. */
    private static void mergeTexts(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (child instanceof Text text) {
                while (text.getNext() instanceof Text following) {
                    text.setLiteral(text.getLiteral() + following.getLiteral());
                    following.unlink();
                }
            } else {
                mergeTexts(child);
            }
            child = child.getNext();
        }
    }

    private static void rewriteLiterals(Node parent, Counter counter) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                text.setLiteral(counter.rewrite(text.getLiteral()));
            } else if (child instanceof Code code) {
                code.setLiteral(counter.rewrite(code.getLiteral()));
            } else if (child instanceof FencedCodeBlock block) {
                block.setLiteral(counter.rewrite(block.getLiteral()));
            } else if (child instanceof IndentedCodeBlock block) {
                block.setLiteral(counter.rewrite(block.getLiteral()));
            } else {
                rewriteLiterals(child, counter);
            }
        }
    }

    /** Rewrites literals and counts what it removed. */
    private static final class Counter {
        final Map<String, String> facts = new HashMap<>();
        int removed;
        int unknown;

        Counter(Map<String, String> facts) {
            facts.forEach((k, v) -> this.facts.put(k.toLowerCase(Locale.ROOT), v));
        }

        /** Numbers the model typed go first; then placeholders are replaced, so their values are never removed. */
        String rewrite(String literal) {
            Matcher typed = TYPED_NUMBER.matcher(literal);
            StringBuilder out = new StringBuilder();
            while (typed.find()) {
                removed++;
                typed.appendReplacement(out, Matcher.quoteReplacement(NUMBER_REMOVED));
            }
            typed.appendTail(out);
            Matcher placeholder = PLACEHOLDER.matcher(out.toString());
            StringBuilder result = new StringBuilder();
            while (placeholder.find()) {
                String value = facts.get(placeholder.group(2).toLowerCase(Locale.ROOT));
                String replacement;
                if (value == null) {
                    unknown++;
                    replacement = placeholder.group(1) + UNKNOWN_VALUE + (placeholder.group(3) == null ? ""
                            : placeholder.group(3));
                } else {
                    // "${{usage.cost}}" and "{{overall.passRate}}%" would say the unit twice
                    String dollar = value.startsWith("$") ? "" : placeholder.group(1);
                    String percent = placeholder.group(3) == null || value.endsWith("%") ? "" : placeholder.group(3);
                    replacement = dollar + value + percent;
                }
                placeholder.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            placeholder.appendTail(result);
            return result.toString();
        }
    }
}
