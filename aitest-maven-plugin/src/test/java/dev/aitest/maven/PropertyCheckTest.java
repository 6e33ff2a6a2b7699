package dev.aitest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

    @Test
    void theKnownNamesAreThoseOfTheGoalsParametersInThePluginsOwnDescriptor() {
        Set<String> known = PropertyCheck.known();

        for (String name : List.of("aitest.iterations", "aitest.parallelIterations", "aitest.minPassRate",
                "aitest.mergeFrom", "aitest.baselineFile", "aitest.allowIncomplete", "aitest.summaryModel",
                "aitest.summaryApiKeyEnv", "aitest.summary.refresh", "aitest.skip", "aitest.redact")) {
            assertTrue(known.contains(name), name + " in " + known);
        }
        assertTrue(known.stream().allMatch(n -> n.matches("aitest\\.[A-Za-z.]+")), known.toString());
        assertEquals(Set.of("aitest.a", "aitest.b.c"), PropertyCheck.read("<configuration><a>${aitest.a}</a>"
                + "<b>${aitest.b.c}</b><c>${project.basedir}</c><d>aitest.none</d></configuration>"));
    }

    @Test
    void aBuildWarnsOnceAboutEachMistypedProperty() {
        Properties user = new Properties();
        user.setProperty("aitest.iteratons", "3");
        user.setProperty("aitest.summaryApiKey", "sk-secretsecretsecret");
        user.setProperty("aitest.iterations", "3");
        user.setProperty("skipITs", "true");
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        List<String> warnings = new ArrayList<>();

        // the extension when the projects are read, then each module's goals: one set of warnings
        PropertyCheck.once(session, user, warnings::add);
        PropertyCheck.once(session, user, warnings::add);
        PropertyCheck.once(session, user, warnings::add);

        assertEquals(List.of(
                "aitest: -Daitest.iteratons is not a property of any aitest goal, so it is ignored; did you mean "
                        + "aitest.iterations? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)",
                "aitest: -Daitest.summaryApiKey is not a property of any aitest goal, so it is ignored; did you mean "
                        + "aitest.summaryApiKeyEnv? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)"),
                warnings);
        PropertyCheck.once(new DefaultRepositorySystemSession(), user, warnings::add);
        assertEquals(4, warnings.size(), "another build warns again");
    }
}
