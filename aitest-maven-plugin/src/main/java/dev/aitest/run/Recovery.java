package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.model.Results;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.util.List;

/**
 * Rebuilds the results of a run that did not end (a killed build, a CI job stopped without grace) from what it left
 * on disk: the incomplete results.json written when it started (its settings) and the folders of the iterations
 * that ended (each has its record). The results stay marked incomplete and name the iterations they hold.
 */
public final class Recovery {

    private Recovery() {
    }

    /**
     * The results of the iterations that ended, as the run would have written them had it been stopped after them.
     * Its wall time is unknown: it is the sum of the iterations' own.
     *
     * @param started the incomplete results.json of the run
     * @param layout where its iteration folders are
     * @param pricing prices for the usage its tests recorded
     */
    public static Results rebuild(Results started, ReportsLayout layout, Pricing pricing) throws IOException {
        List<IterationData> finished = new IterationFolders(layout).readFinished();
        Aggregator aggregator = new Aggregator(pricing);
        finished.forEach(aggregator::add);
        long durationMs = finished.stream().mapToLong(IterationData::durationMs).sum();
        return aggregator.merge().results(started.iterations(), started.minPassRate(), started.startedAt(), durationMs,
                started.environment(), started.project()).toBuilder()
                .aitestVersion(started.aitestVersion()).complete(false)
                .criteria(started.minTestPassRate(), started.confidenceLevel(), started.gateMode())
                .shard(started.shard()).build();
    }
}
