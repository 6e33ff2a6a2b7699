package dev.aitest.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Captures what a piece of code prints on {@code System.err}. */
final class StdErr {

    private StdErr() {
    }

    /** The lines {@code code} printed on {@code System.err}, sorted. */
    static List<String> sortedLines(Runnable code) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.toList());
    }
}
