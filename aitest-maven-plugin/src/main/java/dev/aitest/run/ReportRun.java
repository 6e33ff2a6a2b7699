package dev.aitest.run;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.baseline.BaselineText;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import dev.aitest.publish.Publisher;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;

/**
 * The {@code aitest:report} run: publishes the results that results.json holds again, judged against another
 * threshold when one is given; the results of a run that did not end are rebuilt from its iteration folders first
 * ({@link Recovery}).
 */
public final class ReportRun {

    private ReportRun() {
    }

    /**
     * Publishes {@code stored} again.
     *
     * @param stored what results.json holds
     * @param given the criteria to judge with instead of the recorded ones (each null: the recorded one)
     * @param layout where results.json and the iteration folders are
     * @param pricing prices, for a rebuild
     * @param publisher where the results go
     * @param console where a rebuild is said
     */
    public static Publisher.Published execute(Results stored, GivenCriteria given, ReportsLayout layout,
            Pricing pricing,
            Publisher publisher, Console console) throws IOException {
        try (ReportsLayout.Lock held = layout.lock()) {
            Results results = stored;
            boolean changed = false;
            if (!stored.progress().runComplete()) {
                results = Recovery.rebuild(stored, layout, pricing);
                changed = true;
                console.warn("aitest: results.json is of a run that did not end; rebuilt from the iteration folders "
                        + "of the " + results.progress().finishedIterations().size() + " of " + results.run().iterations()
                        + " iterations that finished" + Recovery.finishedList(results) + ", still marked incomplete");
            }
            Results criteria = given.on(results);
            // a baseline or a history given to aitest:report is compared with: the results are published anew
            changed |= criteria != results || publisher.comparesWithBaseline() || publisher.readsHistory();
            results = criteria;
            String otherLevel = publisher.comparesWithBaseline() ? null
                    : BaselineText.otherLevel(results, layout.resultsJson().toString());
            if (otherLevel != null) {
                console.warn("aitest: " + otherLevel);
            }
            return changed ? publisher.publish(results) : publisher.republish(results);
        }
    }
}
