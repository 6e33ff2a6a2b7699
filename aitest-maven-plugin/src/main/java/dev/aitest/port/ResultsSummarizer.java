package dev.aitest.port;

import dev.aitest.model.Results;

/**
 * A step between writing results.json and writing the reports that may add to the results: the AI summary. It
 * never throws; a failure is recorded in what it returns and warned about on the console.
 */
@FunctionalInterface
public interface ResultsSummarizer {

    /** {@code results} with what this step adds, or {@code results} itself when it adds nothing. */
    Results summarize(Results results, Console console);
}
