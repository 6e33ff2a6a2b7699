package dev.aitest.maven;

import dev.aitest.config.UnknownProperties;
import dev.aitest.port.ConsoleText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystemSession;

/**
 * Warns, once per build, about every {@code aitest.*} user property ({@code -D} on the command line) that no goal
 * knows ({@link UnknownProperties}). The known names are the properties of the goals' parameters as the plugin's own
 * descriptor ({@code META-INF/maven/plugin.xml}, generated from the Mojos' {@code @Parameter}s) lists them, so the
 * list cannot drift from the goals. The project's {@code <properties>} are not checked: a pom may define
 * {@code aitest.*} names of its own ({@code aitest.version} for the plugin's version).
 */
final class PropertyCheck {

    static final String DESCRIPTOR = "META-INF/maven/plugin.xml";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(aitest\\.[A-Za-z0-9_.-]+)}");
    /** The repository session's key that marks the check as done in this build. */
    private static final String DONE = PropertyCheck.class.getName() + ".done";

    private static volatile Set<String> known;

    private PropertyCheck() {
    }

    /**
     * Checks {@code userProperties} and passes each warning to {@code warn}, unless this build already did (the
     * extension checks when the projects are read, a goal when the extension is off; a reactor's modules share the
     * session).
     */
    static void once(RepositorySystemSession session, Properties userProperties, Consumer<String> warn) {
        if (session != null && !session.getData().set(DONE, null, Boolean.TRUE)) {
            return;
        }
        for (String warning : UnknownProperties.warnings(userProperties.stringPropertyNames(), known())) {
            warn.accept(ConsoleText.line(warning));
        }
    }

    /** The properties of the plugin's goals, from its descriptor. */
    static Set<String> known() {
        Set<String> names = known;
        if (names == null) {
            names = Collections.unmodifiableSet(read(descriptorText()));
            known = names;
        }
        return names;
    }

    /** Every {@code ${aitest.*}} expression of a plugin descriptor. */
    static Set<String> read(String descriptor) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = EXPRESSION.matcher(descriptor);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text of this plugin's descriptor: the one in the jar (or folder) this class was loaded from. */
    private static String descriptorText() {
        try {
            CodeSource source = PropertyCheck.class.getProtectionDomain().getCodeSource();
            String home = source == null ? null : source.getLocation().toString();
            URL chosen = null;
            for (URL url : Collections.list(PropertyCheck.class.getClassLoader().getResources(DESCRIPTOR))) {
                String at = url.toString();
                if (home != null && (at.startsWith(home) || at.startsWith("jar:" + home + "!"))) {
                    chosen = url;
                    break;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("the plugin's own " + DESCRIPTOR + " is not on its class path (" + home
                        + ")");
            }
            try (InputStream in = chosen.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the plugin's own " + DESCRIPTOR + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** For tests: the names the check would warn about, without the once-per-build mark. */
    static List<String> warnings(Properties userProperties) {
        return UnknownProperties.warnings(userProperties.stringPropertyNames(), known());
    }
}
