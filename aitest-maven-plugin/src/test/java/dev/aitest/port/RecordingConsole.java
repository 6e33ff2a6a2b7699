package dev.aitest.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A console for tests that keeps what a run prints; safe when iterations run on several threads. */
public final class RecordingConsole implements Console {

    public final List<String> info = Collections.synchronizedList(new ArrayList<>());
    public final List<String> warn = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String line) {
        info.add(line);
    }

    @Override
    public void warn(String line) {
        warn.add(line);
    }

    /** Every line, info first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(info);
        all.addAll(warn);
        return all;
    }
}
