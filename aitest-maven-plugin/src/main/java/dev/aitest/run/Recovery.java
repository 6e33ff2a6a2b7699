package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.model.Results;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

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
    /** " (1, 2)", the iterations {@code results} hold, or "" when none. */
    static String finishedList(Results results) {
        return results.progress().finishedIterations().isEmpty() ? ""
                : " (" + results.progress().finishedIterations().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")";
    }

    public static Results rebuild(Results started, ReportsLayout layout, Pricing pricing) throws IOException {
        List<IterationData> finished = new IterationFolders(layout).readFinished();
        long durationMs = finished.stream().mapToLong(IterationData::durationMs).sum();
        return asRun(finished, pricing, started, started.run().startedAt(), durationMs, false).shard(started.progress().shard()).build();
    }

    /**
     * The iterations {@code finished} merged as a run like {@code like}: its N, threshold and criteria, project,
     * environment and plugin version.
     */
    static Results.Builder asRun(List<IterationData> finished, Pricing pricing, Results like, String startedAt,
            long durationMs, boolean complete) {
        Aggregator aggregator = new Aggregator(pricing).excludingProviderErrors(like.criteria().excludesProviderErrors());
        finished.forEach(aggregator::add);
        return aggregator.merge().results(like.run().iterations(), like.criteria().minPassRate(), startedAt, durationMs,
                like.run().environment(), like.run().project()).toBuilder()
                .aitestVersion(like.run().aitestVersion()).complete(complete)
                .criteria(like.criteria().minTestPassRate(), like.criteria().confidenceLevel(), like.criteria().gateMode())
                .excludingProviderErrors(like.criteria().excludesProviderErrors());
    }
}
