package dev.aitest.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void lineBreaksOfEveryKindBecomeEscapes() {
        assertEquals("a.T#x\\n[INFO] aitest: pass rate 100% meets 80%", ConsoleText.line(
                "a.T#x\n[INFO] aitest: pass rate 100% meets 80%"));
        assertEquals("x\\r\\n::error::forged", ConsoleText.line("x\r\n::error::forged"));
        assertEquals("x\\u0085y\\u2028z\\u2029w\\u000bv\\u000cu", ConsoleText.line("x\u0085y\u2028z\u2029w\u000bv\u000cu"));
        assertEquals("tab\\tnul\\u0000del\\u007f", ConsoleText.line("tab\tnul\u0000del\u007f"));
    }

    @Test
    void escapeSequencesAndBidiControlsCannotReachTheTerminal() {
        assertEquals("\\u001b[2K\\u001b[1A[INFO] ok \\u009b31m", ConsoleText.line("\u001b[2K\u001b[1A[INFO] ok \u009b31m"));
        assertEquals("name\\u202egnp.exe\\u2066x\\u2069", ConsoleText.line("name\u202egnp.exe\u2066x\u2069"));
    }

    @Test
    void ordinaryTextIsTheSameInstanceAndEscapingTwiceChangesNothing() {
        String plain = "aitest: 3 tests, pass rate 66.67% (é, 中文, C:\\dir\\n.txt)";
        assertSame(plain, ConsoleText.line(plain));
        String once = ConsoleText.line("a\nb\u2028c\u001b");
        assertEquals(once, ConsoleText.line(once));
        assertNull(ConsoleText.line(null));
    }
}
