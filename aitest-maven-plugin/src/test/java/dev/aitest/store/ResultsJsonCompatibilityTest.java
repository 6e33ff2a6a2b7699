package dev.aitest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results.json files of the integration tests as the version before the records were grouped wrote them
 * (src/test/resources/dev/aitest/store/written-before-groups: ai-summary, baseline, budget, failsafe, flaky-threshold,
 * fork-timeout, huge-usage, junit4, reactor and its modules, reactor-identity, runtime-parallel, shards, testng).
 * Read and written again, each is the same text, key for key and in the same order, but for the one field added
 * since: each test's {@code firstFailedIteration}, which its runs give.
 */
class ResultsJsonCompatibilityTest {

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path folder = Path.of(ResultsJsonCompatibilityTest.class.getResource("written-before-groups").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(18, files.size());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileOfTheEarlierVersionIsWrittenAgainAsItWasPlusTheFirstFailedIteration(Path file) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Results read = ResultsJson.read(file);
        String again = ResultsJson.render(read);

        String added = "\"firstFailedIteration\" : ";
        String withoutAdded = again.lines().filter(l -> !l.trim().startsWith(added))
                .collect(Collectors.joining("\n"));
        assertEquals(before.strip(), withoutAdded.strip());
        // the added field is each test's first failed iteration, and only there
        long failing = read.tests().stream().filter(t -> t.iterations().stream().anyMatch(r -> r.outcome().isFailure()))
                .count();
        assertEquals(failing, again.lines().filter(l -> l.trim().startsWith(added)).count());
        for (TestResult test : read.tests()) {
            Integer first = test.iterations().stream().filter(r -> r.outcome().isFailure()).map(Run::iteration)
                    .findFirst().orElse(null);
            assertEquals(first, test.firstFailedIteration(), test.id());
        }
        assertTrue(read.tests().size() > 0);
        // and what was written reads back to the same results
        assertEquals(read, ResultsJson.read(write(file.getFileName().toString(), again)));
    }

    private static Path write(String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("compat");
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
