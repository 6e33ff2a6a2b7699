package it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

final class RunLog {

    private RunLog() {
    }

    /** Appends "test iteration" to target/runs.log of the module. */
    static int log(String test) throws Exception {
        int iteration = Integer.parseInt(System.getProperty("aitest.iteration"));
        Files.writeString(Path.of("target/runs.log"), test + " " + iteration + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return iteration;
    }
}
