package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(CleanRecording.class)
class JsonTest {

    @TempDir
    Path temp;

    private static String json(String value) {
        return Json.string(new StringBuilder(), value).toString();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("null", json(null));
        assertEquals("\"\"", json(""));
        assertEquals("\"say \\\"hi\\\"\"", json("say \"hi\""));
        assertEquals("\"C:\\\\temp\\\\x\"", json("C:\\temp\\x"));
        assertEquals("\"a\\u000ab\\u000dc\\u0009d\"", json("a\nb\rc\td"));
        assertEquals("\"\\u0000\\u0001\\u001f\\u0008\\u000c\"", json("\u0000\u0001\u001f\b\f"));
        assertEquals("\"\u007f\u00e9\u20ac\u4e2d / </script>\"", json("\u007f\u00e9\u20ac\u4e2d / </script>"));
        assertEquals("\"\ud83d\ude00\"", json("\ud83d\ude00"), "a surrogate pair stays as it is");
        assertEquals("\"\\ud83d x \\ude00\"", json("\ud83d x \ude00"), "lone surrogates are escaped");
    }

    @Test
    void writesFiniteDoublesAsJavaDoes() {
        assertEquals("0.25", Json.number(new StringBuilder(), 0.25).toString());
        assertEquals("1.0E-7", Json.number(new StringBuilder(), 1e-7).toString());
        assertEquals("1.2345E10", Json.number(new StringBuilder(), 1.2345e10).toString());
        assertEquals("-3.0", Json.number(new StringBuilder(), -3).toString());
        assertThrows(IllegalArgumentException.class, () -> Json.number(new StringBuilder(), Double.NaN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain", "quote \" inside", "back\\slash\\", "new\nline", "tab\tand\rreturn", "nul \u0000 bell \u0007",
        "unicode \u00e9\u4e2d\ud83d\ude00", "lone \ud800 surrogate", "\"\\\"\\", "{\"json\":[1,2]}\n"
    })
    void trickyStringsSurviveTheRoundTripThroughTheFile(String tricky) {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        AiTest.agent(tricky);
        AiTest.recordUsage(tricky, 1, 2);
        AiTest.metric(tricky, 3);

        List<String> lines = SidecarFiles.lines(temp);
        assertEquals(3, lines.size(), "every record is one line");
        for (String line : lines) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20), "no raw control character in " + line);
        }
        Map<String, Object> agent = SidecarFiles.parse(lines.get(0));
        assertEquals(tricky, agent.get("agent"));
        assertEquals(tricky, SidecarFiles.parse(lines.get(1)).get("model"));
        assertEquals(tricky, SidecarFiles.parse(lines.get(2)).get("metric"));
    }
}
