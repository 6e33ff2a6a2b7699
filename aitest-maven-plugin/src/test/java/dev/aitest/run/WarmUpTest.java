package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.Results;
import dev.aitest.model.TestOutcome;
import dev.aitest.store.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void theSampleHoldsAFlakyTestWithAFailureSoThatEveryWriterPathIsTaken() throws IOException {
        Results sample = WarmUp.sample();

        assertEquals(1, sample.tests().size());
        assertEquals(TestOutcome.FLAKY, sample.tests().get(0).outcome());
        assertEquals("expected: <1> but was: <2>", sample.tests().get(0).iterations().get(1).message());
        assertTrue(ResultsJson.render(sample).contains("\"outcome\" : \"flaky\""));
    }

    /**
     * What a build that ends early does to the warm-up: Maven closes the plugin's class realm under it, so classes it
     * has not loaded yet cannot be found. Here the warm-up runs in a class loader without Thymeleaf: it must end
     * quietly, never with "Exception in thread" on the console.
     */
    @Test
    void classesThatCannotBeLoadedEndTheWarmUpWithoutAWord() throws Exception {
        URL[] withoutThymeleaf = {
            location(WarmUp.class), location(ObjectMapper.class), location(JsonFactory.class),
            location(JsonInclude.class), location(InputFactoryImpl.class), location(XMLStreamReader2.class)};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (URLClassLoader realm = new URLClassLoader(withoutThymeleaf, ClassLoader.getPlatformClassLoader())) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            realm.loadClass(WarmUp.class.getName()).getMethod("start").invoke(null);
            Thread warmUp = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("aitest-warm-up") && t.getContextClassLoader() != null)
                    .filter(Thread::isAlive).findFirst().orElse(null);
            if (warmUp != null) {
                warmUp.join(60_000);
                assertFalse(warmUp.isAlive());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
