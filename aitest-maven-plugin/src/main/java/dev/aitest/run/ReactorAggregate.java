package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.model.Environment;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Totals;
import dev.aitest.store.ClassificationRecord;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a reactor as a whole: every module's tests, each carrying its module, merged from the modules'
 * iteration folders the way a single run merges its own (so two modules with the same test class stay two tests,
 * and the totals are the sums of the modules'), with one entry per module that keeps its own threshold.
 */
public final class ReactorAggregate {

    private ReactorAggregate() {
    }

    /**
     * A module of the reactor.
     *
     * @param groupId its groupId; null when unknown
     * @param name its artifactId
     * @param reportsDirectory its aitest.reportsDirectory
     */
    public record Module(String groupId, String name, Path reportsDirectory) {

        /** A module known by its artifactId alone. */
        public Module(String name, Path reportsDirectory) {
            this(null, name, reportsDirectory);
        }

        /** What tells it from every other module: {@code groupId:artifactId} (two may share an artifactId). */
        public String id() {
            return groupId == null ? name : groupId + ":" + name;
        }

        /** {@code groupId:artifactId} as results.json records it; null when the groupId is unknown. */
        String moduleId() {
            return groupId == null ? null : id();
        }
    }

    /**
     * The aggregate of the modules that have a results.json, in the order given; null when none has.
     *
     * @param modules the reactor's modules, in its order
     * @param directory where the aggregate goes, to which module folders are named relative
     * @param project the reactor's top-level project
     * @param pricing prices for the usage the tests recorded
     */
    public static Results build(List<Module> modules, Path directory, ProjectInfo project, Pricing pricing)
            throws IOException {
        return build(modules, directory, project, pricing, file -> null);
    }

    /**
     * The aggregate of the modules that have a results.json, in the order given, taking the results a run of this
     * build wrote to a module's results.json instead of reading the file while it is unchanged; null when no module
     * has one.
     *
     * @param written what a run of this build wrote to the results.json given, or null
     */
    public static Results build(List<Module> modules, Path directory, ProjectInfo project, Pricing pricing,
            Function<Path, WrittenResults> written) throws IOException {
        List<Module> included = new ArrayList<>();
        List<Results> own = new ArrayList<>();
        List<IterationData> finished = new ArrayList<>();
        Map<String, List<ClassificationRecord>> classified = new java.util.LinkedHashMap<>();
        for (Module module : modules) {
            ReportsLayout layout = new ReportsLayout(module.reportsDirectory());
            if (!Files.isRegularFile(layout.resultsJson())) {
                continue;
            }
            own.add(WrittenResults.read(layout.resultsJson(), written.apply(layout.resultsJson())));
            included.add(module);
            for (IterationData data : new IterationFolders(layout).readFinished()) {
                finished.add(data.inModule(module.name(), module.moduleId()));
            }
            classified.put(module.moduleId() != null ? module.moduleId() : module.name(), new IterationFolders(layout)
                    .readClassifications(java.util.EnumSet.allOf(dev.aitest.model.TestKind.class), line -> { }));
        }
        if (included.isEmpty()) {
            return null;
        }
        // like the other criteria, the first module's: a reactor configures aitest.providerErrors once, in its parent
        Aggregator aggregator = new Aggregator(pricing)
                .excludingProviderErrors(own.get(0).criteria().excludesProviderErrors());
        finished.forEach(aggregator::add);
        classified.forEach((module, records) -> records.forEach(record -> aggregator.add(record, module)));
        Aggregator.Merged merged = aggregator.merge();
        Map<String, Totals> totals = merged.moduleTotals(included.stream().map(Module::id).toList());
        List<ModuleTotals> summaries = new ArrayList<>();
        Instant started = null;
        long duration = 0;
        int iterations = 0;
        double lowest = 100;
        boolean complete = true;
        Environment environment = null;
        String version = null;
        for (int i = 0; i < included.size(); i++) {
            Module module = included.get(i);
            Results results = own.get(i);
            summaries.add(new ModuleTotals(module.name(), results.criteria().minPassRate(), results.progress().runComplete(),
                    relative(directory, module.reportsDirectory()), totals.get(module.id()), module.moduleId()));
            started = earliest(started, results.run().startedAt());
            duration += results.run().durationMs();
            iterations = Math.max(iterations, results.run().iterations());
            lowest = Math.min(lowest, results.criteria().minPassRate());
            complete &= results.progress().runComplete();
            environment = environment == null ? results.run().environment() : environment;
            version = version == null ? results.run().aitestVersion() : version;
        }
        // tests are judged with the first module's criteria: a reactor configures them once, in its parent
        Results first = own.get(0);
        return merged.results(iterations, lowest, String.valueOf(started), duration, environment, project).toBuilder()
                .modules(summaries).complete(complete).aitestVersion(version)
                .criteria(first.criteria().minTestPassRate(), first.criteria().confidenceLevel(), first.criteria().gateMode())
                .excludingProviderErrors(first.criteria().excludesProviderErrors()).build();
    }

    /**
     * {@code preferred}, or when a module keeps its own results there (the aggregate would overwrite them and leave
     * that module out), the first free folder beside it: {@code <name>-reactor}, then {@code <name>-reactor-2}, ...
     *
     * @param preferred where the aggregate would go
     * @param modules the modules' own reports directories
     */
    public static Path apartFrom(Path preferred, Collection<Path> modules) {
        Set<Path> taken = new HashSet<>();
        modules.forEach(m -> taken.add(m.toAbsolutePath().normalize()));
        Path wanted = preferred.toAbsolutePath().normalize();
        if (!taken.contains(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName() == null ? "aitest-reports" : wanted.getFileName().toString();
        Path candidate = wanted.resolveSibling(name + "-reactor");
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = wanted.resolveSibling(name + "-reactor-" + n);
        }
        return candidate;
    }

    /** "1 module", "2 modules". */
    public static String modulesInWords(int count) {
        return count + (count == 1 ? " module" : " modules");
    }

    /** The earlier of {@code soFar} and {@code startedAt} (ISO-8601); either when the other is unknown. */
    static Instant earliest(Instant soFar, String startedAt) {
        Instant start = parse(startedAt);
        return soFar == null || start != null && start.isBefore(soFar) ? start : soFar;
    }

    /** An ISO-8601 instant, or null when there is none or it cannot be read. */
    private static Instant parse(String instant) {
        try {
            return instant == null ? null : Instant.parse(instant);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The module's folder relative to the aggregate's, with / as separator; absolute when on another root. */
    private static String relative(Path from, Path to) {
        Path a = from.toAbsolutePath().normalize();
        Path b = to.toAbsolutePath().normalize();
        try {
            return a.relativize(b).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return b.toString();
        }
    }
}
