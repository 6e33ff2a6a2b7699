package dev.aitest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI examples under examples/ci parse as YAML, have the jobs the README describes, and every Maven command they
 * run is written, the same, in the README's CI section.
 */
class CiExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String name) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(ROOT.resolve("examples/ci/" + name)));
    }

    /** Every string under {@code node} that starts a Maven command. */
    @SuppressWarnings("unchecked")
    private static List<String> commands(Object node) {
        List<String> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> found.addAll(commands(v)));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> found.addAll(commands(v)));
        } else if (node instanceof String text && text.strip().startsWith("mvn ")) {
            found.add(text.strip());
        }
        return found;
    }

    private static String ciSection() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## CI\n");
        assertTrue(start >= 0, "the README has a CI section");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitHubWorkflowShardsMergesVerifiesAndPublishes() throws IOException {
        Map<String, Object> workflow = yaml("github-actions.yml");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertEquals(List.of("shard", "merge"), new ArrayList<>(jobs.keySet()));
        Map<String, Object> shard = (Map<String, Object>) jobs.get("shard");
        Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) shard.get("strategy")).get("matrix");
        assertEquals(List.of(1, 2, 3, 4), matrix.get("shard"));
        Map<String, Object> merge = (Map<String, Object>) jobs.get("merge");
        assertEquals("shard", merge.get("needs"));
        List<String> commands = commands(workflow);
        assertEquals(3, commands.size(), commands.toString());
        assertTrue(commands.get(0).contains("-Daitest.shard=${{ matrix.shard }}/4"), commands.get(0));
        assertTrue(commands.get(1).startsWith("mvn -B aitest:merge "), commands.get(1));
        assertTrue(commands.get(2).startsWith("mvn -B aitest:verify "), commands.get(2));
        String text = Files.readString(ROOT.resolve("examples/ci/github-actions.yml"));
        assertTrue(text.contains("$GITHUB_STEP_SUMMARY") && text.contains("junit/*.xml"), "summary and JUnit XML");

        // the history: restored from the branch's cache before the merge, which appends to it, saved after it
        List<Map<String, Object>> steps = (List<Map<String, Object>>) merge.get("steps");
        List<String> uses = steps.stream().map(s -> String.valueOf(s.get("uses")) + " " + s.get("run")).toList();
        int restore = indexOf(uses, "actions/cache/restore@v4");
        int merging = indexOf(uses, "mvn -B aitest:merge ");
        int save = indexOf(uses, "actions/cache/save@v4");
        assertTrue(restore >= 0 && restore < merging && merging < save, uses.toString());
        assertTrue(save < indexOf(uses, "mvn -B aitest:verify "), "saved before the verdict can fail the job");
        Map<String, Object> restored = (Map<String, Object>) steps.get(restore).get("with");
        Map<String, Object> saved = (Map<String, Object>) steps.get(save).get("with");
        assertEquals(".aitest-history", restored.get("path"));
        assertEquals(".aitest-history", saved.get("path"));
        assertEquals("aitest-history-${{ github.ref_name }}-${{ github.run_id }}", saved.get("key"));
        assertEquals(saved.get("key"), restored.get("key"));
        assertEquals("aitest-history-${{ github.ref_name }}-", restored.get("restore-keys"));
        assertEquals("always()", steps.get(save).get("if"));
        assertTrue(commands.get(1).endsWith(" -Daitest.history=.aitest-history"), commands.get(1));
    }

    private static int indexOf(List<String> steps, String start) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).startsWith(start) || steps.get(i).contains(" " + start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitLabPipelineShardsMergesAndVerifies() throws IOException {
        Map<String, Object> pipeline = yaml("gitlab-ci.yml");
        Map<String, Object> shard = (Map<String, Object>) pipeline.get("aitest-shard");
        Map<String, Object> merge = (Map<String, Object>) pipeline.get("aitest-merge");
        List<Map<String, Object>> matrix = (List<Map<String, Object>>) ((Map<String, Object>) shard.get("parallel"))
                .get("matrix");
        assertEquals(List.of("1", "2", "3", "4"), matrix.get(0).get("SHARD"));
        assertEquals(List.of("aitest-shard"), merge.get("needs"));
        Map<String, Object> reports = (Map<String, Object>) ((Map<String, Object>) merge.get("artifacts")).get("reports");
        assertEquals("target/aitest-reports/junit/*.xml", reports.get("junit"));
        assertEquals(3, commands(pipeline).size());
        // the history: the branch's cache, pulled before the merge appends to it and pushed after, also on failure
        Map<String, Object> cache = (Map<String, Object>) merge.get("cache");
        assertEquals("aitest-history-$CI_COMMIT_REF_SLUG", cache.get("key"));
        assertEquals(List.of(".aitest-history/"), cache.get("paths"));
        assertEquals("always", cache.get("when"));
        assertTrue(commands(pipeline).get(1).endsWith(" -Daitest.history=.aitest-history"), commands(pipeline).toString());
    }

    @Test
    void everyCommandTheExamplesRunIsTheReadmes() throws IOException {
        String section = ciSection();
        for (String file : List.of("github-actions.yml", "gitlab-ci.yml")) {
            List<String> commands = commands(yaml(file));
            assertFalse(commands.isEmpty(), file);
            for (String command : commands) {
                assertTrue(section.contains(command), file + " runs a command the README's CI section lacks: " + command);
            }
        }
    }
}
