package dev.aitest.run;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.cost.Pricing;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.port.Console;
import dev.aitest.publish.Publisher;
import dev.aitest.stats.RateText;
import dev.aitest.store.IterationRecord;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code aitest:merge}: the reports directories of the shards of one run ({@code aitest.shard}) put back together into
 * one, the same as a single run of all the iterations would have written, apart from timings. The iteration folders
 * of the inputs are linked (or copied) into the output, and the results are merged from them by the one merge every
 * run uses ({@link IterationFolders}, {@link Aggregator}), so nothing differs from a single run: not the crash-filled
 * runs, the usage, the signatures or the statistics. Reactor aggregates merge module by module, into
 * {@code modules/<module>} under the output, and are aggregated again as {@link ReactorAggregate} does.
 *
 * <p>Everything is checked before anything is written: the inputs must be readable results of the same project and
 * the same {@code aitest.iterations}, judged with the same criteria (each one not given to the merge: else the
 * order of the inputs would decide the verdict), apart from the output wherever the paths really lead, no iteration
 * may come from two inputs, and every iteration an input holds must have its folder and record. Iterations no input holds are merged without, with a warning, and recorded in
 * {@code missingIterations}.
 */
public final class ShardMerge {

    /** A merge refused before anything was written; the message says why and what to do. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /** An input: a reports directory and the results it holds. */
    private record Input(Path directory, Results results) {
    }

    /** An iteration of a module to take from an input's folder, with the folder and the record it has. */
    private record Plan(List<Input> inputs, Map<Integer, Path> folders, List<Integer> missing) {
    }

    private final Pricing pricing;
    private final Console console;
    private final GivenCriteria given;
    private final Function<ReportsLayout, Publisher> publishers;

    /**
     * @param pricing prices for the usage the tests recorded
     * @param console where warnings go
     * @param given the criteria to judge the merged results with instead of those the shards recorded
     * @param publishers the publisher of a reports directory: the whole output's, or a module's under it (which
     *     writes results.json alone)
     */
    public ShardMerge(Pricing pricing, Console console, GivenCriteria given,
            Function<ReportsLayout, Publisher> publishers) {
        this.pricing = pricing;
        this.console = console;
        this.given = given;
        this.publishers = publishers;
    }

    /**
     * Merges the reports directories {@code inputs} into {@code output} and publishes the result there.
     *
     * @throws RefusedException when the inputs cannot be merged, before anything is written
     */
    public Publisher.Published merge(List<Path> inputs, Path output) throws IOException {
        List<Input> read = read(inputs, output);
        Results first = read.get(0).results();
        ReportsLayout layout = new ReportsLayout(output);
        if (first.modules().isEmpty()) {
            Plan plan = plan(read, first.run().iterations(), "");
            try (ReportsLayout.Lock held = layout.lock()) {
                Results merged = given.on(write(plan, layout));
                console.info(criteriaUsed(merged));
                return publishers.apply(layout).publish(merged);
            }
        }
        Map<String, List<Input>> byModule = modules(read, output);
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Map.Entry<String, List<Input>> module : byModule.entrySet()) {
            plans.put(module.getKey(), plan(module.getValue(), first.run().iterations(), " of module "
                    + ModuleTotals.shown(artifactIdOf(module.getKey()), module.getKey(), first.modules())));
        }
        try (ReportsLayout.Lock held = layout.lock()) {
            CompletableFuture<Void> removal = layout.clearForNewRun();
            List<ReactorAggregate.Module> modules = new ArrayList<>();
            TreeSet<Integer> missing = new TreeSet<>();
            for (Map.Entry<String, Plan> module : plans.entrySet()) {
                // by groupId:artifactId (two modules may share an artifactId); the folder's name has no ':'
                String key = module.getKey();
                String name = artifactIdOf(key);
                String folder = ModuleTotals.shown(name, key, first.modules()).replace(':', '_');
                ReportsLayout own = new ReportsLayout(output.resolve("modules").resolve(folder));
                try (ReportsLayout.Lock moduleHeld = own.lock()) {
                    publishers.apply(own).publish(given.on(write(module.getValue(), own)));
                }
                int colon = key.lastIndexOf(':');
                modules.add(new ReactorAggregate.Module(colon < 0 ? null : key.substring(0, colon), name,
                        own.directory()));
                missing.addAll(module.getValue().missing());
            }
            layout.awaitRemoval(removal, console::warn);
            Results aggregate = ReactorAggregate.build(modules, output, first.run().project(), pricing);
            Results merged = given.on(aggregate.toBuilder().missingIterations(List.copyOf(missing)).build());
            console.info(criteriaUsed(merged));
            return publishers.apply(layout).publish(merged);
        }
    }

    /** Reads every input, and checks they are shards of one run. */
    private List<Input> read(List<Path> inputs, Path output) throws IOException {
        if (inputs.isEmpty()) {
            throw new RefusedException("aitest: aitest.mergeFrom names no reports directory to merge");
        }
        List<Input> read = new ArrayList<>();
        for (Path directory : inputs) {
            apart(directory, output);
            read.add(new Input(directory, readResults(directory)));
        }
        Input first = read.get(0);
        for (Input input : read.subList(1, read.size())) {
            Results results = input.results();
            if (!Objects.equals(coordinates(results.run().project()), coordinates(first.results().run().project()))) {
                throw new RefusedException("aitest: " + input.directory() + " holds results of "
                        + coordinates(results.run().project()) + ", but " + first.directory() + " of "
                        + coordinates(first.results().run().project()) + "; only the shards of one project's run merge");
            }
            if (results.run().iterations() != first.results().run().iterations()) {
                throw new RefusedException("aitest: " + input.directory() + " is of a run of " + results.run().iterations()
                        + " iterations, but " + first.directory() + " of " + first.results().run().iterations()
                        + "; only the shards of one run merge (run every shard with the same aitest.iterations)");
            }
            if (results.modules().isEmpty() != first.results().modules().isEmpty()) {
                throw new RefusedException("aitest: " + (results.modules().isEmpty() ? first : input).directory()
                        + " holds a reactor's aggregate and " + (results.modules().isEmpty() ? input : first)
                        .directory() + " a single module's results; merge the aggregates of the reactor's shards, "
                        + "or the same module's");
            }
        }
        sameCriteria(read, "");
        return read;
    }

    /**
     * Refuses inputs judged with other criteria than the first, for each criterion not given to the merge: which
     * input came first would decide the merge's verdict.
     */
    private void sameCriteria(List<Input> inputs, String what) throws RefusedException {
        Input first = inputs.get(0);
        List<String> differ = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (Input input : inputs.subList(1, inputs.size())) {
            Results a = first.results();
            Results b = input.results();
            if (given.minPassRate() == null && Double.compare(a.criteria().minPassRate(), b.criteria().minPassRate()) != 0) {
                differ.add("aitest.minPassRate is " + RateText.threshold(a.criteria().minPassRate()) + " in " + first.directory()
                        + " but " + RateText.threshold(b.criteria().minPassRate()) + " in " + input.directory());
                fixes.add("-Daitest.minPassRate=" + plain(a.criteria().minPassRate()));
            }
            if (given.minTestPassRate() == null && !Objects.equals(a.criteria().minTestPassRate(), b.criteria().minTestPassRate())) {
                differ.add("aitest.minTestPassRate is " + thresholdOrNone(a.criteria().minTestPassRate()) + " in "
                        + first.directory() + " but " + thresholdOrNone(b.criteria().minTestPassRate()) + " in "
                        + input.directory());
                Double one = a.criteria().minTestPassRate() != null ? a.criteria().minTestPassRate() : b.criteria().minTestPassRate();
                fixes.add("-Daitest.minTestPassRate=" + plain(one));
            }
            if (given.confidence() == null && Double.compare(a.criteria().confidenceLevel(), b.criteria().confidenceLevel()) != 0) {
                differ.add("aitest.confidence is " + a.criteria().confidenceLevel() + " in " + first.directory() + " but "
                        + b.criteria().confidenceLevel() + " in " + input.directory());
                fixes.add("-Daitest.confidence=" + a.criteria().confidenceLevel());
            }
            if (given.gate() == null && !a.criteria().gateMode().equalsIgnoreCase(b.criteria().gateMode())) {
                differ.add("aitest.gate is " + a.criteria().gateMode() + " in " + first.directory() + " but " + b.criteria().gateMode()
                        + " in " + input.directory());
                fixes.add("-Daitest.gate=" + a.criteria().gateMode());
            }
        }
        for (Input input : inputs.subList(1, inputs.size())) {
            boolean a = first.results().criteria().excludesProviderErrors();
            if (a != input.results().criteria().excludesProviderErrors()) {
                // the runs themselves say whether they count: no merge parameter can judge them alike
                throw new RefusedException("aitest: the inputs" + what + " counted the provider's failures "
                        + "differently: aitest.providerErrors is " + (a ? "exclude" : "count") + " in "
                        + first.directory() + " but " + (a ? "count" : "exclude") + " in " + input.directory()
                        + "; run every shard with the same aitest.providerErrors");
            }
        }
        if (!differ.isEmpty()) {
            throw new RefusedException("aitest: the inputs" + what + " were judged with other criteria: "
                    + String.join("; ", differ) + ". The merge's verdict would depend on the order of "
                    + "aitest.mergeFrom; give the criteria to judge the whole run with to aitest:merge, e.g. "
                    + String.join(" ", new java.util.LinkedHashSet<>(fixes)) + ", or run every shard with the same "
                    + "ones");
        }
    }

    private static String thresholdOrNone(Double value) {
        return value == null ? "none" : RateText.threshold(value);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "judged with aitest.minPassRate 80% (recorded by the shards), ...": the criteria the merge was judged with. */
    private String criteriaUsed(Results judged) {
        return "aitest: the merge is judged with aitest.minPassRate " + RateText.threshold(judged.criteria().minPassRate())
                + from(given.minPassRate()) + ", aitest.minTestPassRate " + thresholdOrNone(judged.criteria().minTestPassRate())
                + from(given.minTestPassRate()) + ", aitest.confidence " + judged.criteria().confidenceLevel()
                + from(given.confidence()) + ", aitest.gate " + judged.criteria().gateMode() + from(given.gate());
    }

    private static String from(Object given) {
        return given == null ? " (the shards')" : " (given)";
    }

    private static Results readResults(Path directory) throws IOException {
        Path file = new ReportsLayout(directory).resultsJson();
        if (!Files.exists(file)) {
            throw new RefusedException("aitest: " + directory + " holds no results.json; aitest.mergeFrom names the "
                    + "reports directories of the shards (each shard's target/aitest-reports, whole)");
        }
        try {
            // the run's settings and which iterations it holds: its tests are merged from its iteration folders
            return ResultsJson.readHeader(file);
        } catch (ResultsJson.UnusableException e) {
            throw new RefusedException(e.getMessage() + " (it is an input of aitest.mergeFrom)");
        }
    }

    private static String coordinates(ProjectInfo project) {
        return project == null ? "an unknown project"
                : project.groupId() + ":" + project.artifactId() + ":" + project.version();
    }

    /**
     * Refuses an input that is the output, contains it or lies inside it, however either is named: a symbolic link,
     * a linked parent folder, {@code ..} segments. The output's earlier contents are moved aside before the merge
     * writes, so such an input would be emptied (or the merge would read what it writes).
     */
    static void apart(Path input, Path output) throws IOException {
        Path in = realPath(input);
        Path out = realPath(output);
        String fix = "; write the merge to a folder of its own, apart from every input, e.g. "
                + "-Daitest.reportsDirectory=target/aitest-merged";
        boolean linked = !in.equals(input.toAbsolutePath().normalize()) || !out.equals(output.toAbsolutePath()
                .normalize());
        String where = linked ? " (" + input + " is " + in + ", " + output + " is " + out + ")" : "";
        if (in.equals(out)) {
            throw new RefusedException("aitest: " + input + " is both an input (aitest.mergeFrom) and the output "
                    + "(aitest.reportsDirectory" + (linked ? " " + output : "") + ")" + where + fix);
        }
        if (out.startsWith(in) || in.startsWith(out)) {
            throw new RefusedException("aitest: the output (aitest.reportsDirectory) " + output
                    + (out.startsWith(in) ? " lies inside the input " : " contains the input ") + input
                    + " (aitest.mergeFrom)" + where + "; the merge moves the output's earlier contents aside, which "
                    + "would take the input's with them" + fix);
        }
    }

    /**
     * Where {@code path} really is: its longest existing part with every link resolved, the rest appended as the
     * file system would take it ({@code ..} going up from the real folder, not from the name).
     */
    static Path realPath(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        java.util.ArrayDeque<String> rest = new java.util.ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            rest.push(existing.getFileName().toString());
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        for (String name : rest) {
            if (name.equals("..")) {
                real = real.getParent() == null ? real : real.getParent();
            } else if (!name.equals(".")) {
                real = real.resolve(name);
            }
        }
        return real;
    }

    /** The artifactId of a module's key: {@code groupId:artifactId}, or the artifactId of an older aggregate. */
    private static String artifactIdOf(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }

    /** Each module's inputs, by groupId:artifactId: the module folders the aggregates name, relative to them. */
    private Map<String, List<Input>> modules(List<Input> aggregates, Path output) throws IOException {
        Map<String, List<Input>> byModule = new LinkedHashMap<>();
        for (Input aggregate : aggregates) {
            for (ModuleTotals module : aggregate.results().modules()) {
                if (module.reportsDirectory() == null) {
                    throw new RefusedException("aitest: " + aggregate.directory() + " does not say where the reports "
                            + "of module " + module.module() + " are; merge the aggregates written by this version");
                }
                Path folder = aggregate.directory().resolve(module.reportsDirectory()).normalize();
                if (!Files.isDirectory(folder)) {
                    throw new RefusedException("aitest: " + aggregate.directory() + " names " + folder + " as the "
                            + "reports of module " + module.module() + ", which is not there; keep each shard's "
                            + "module folders where the aggregate names them (upload the whole workspace's "
                            + "target/aitest-reports folders)");
                }
                apart(folder, output);
                byModule.computeIfAbsent(module.moduleKey(), m -> new ArrayList<>())
                        .add(new Input(folder, readResults(folder)));
            }
        }
        for (Map.Entry<String, List<Input>> module : byModule.entrySet()) {
            sameCriteria(module.getValue(), " of module " + module.getKey());
        }
        return byModule;
    }

    /** Which input each iteration comes from; refused when one comes from two or an input lacks its folder. */
    private Plan plan(List<Input> inputs, int iterations, String what) throws IOException {
        Map<Integer, Path> folders = new TreeMap<>();
        Map<Integer, Path> from = new TreeMap<>();
        for (Input input : inputs) {
            ReportsLayout layout = new ReportsLayout(input.directory());
            if (!input.results().progress().runComplete()) {
                console.warn("aitest: " + input.directory() + " holds a run that did not end; the "
                        + input.results().progress().finishedIterations().size() + " iterations that finished in it are merged");
            }
            for (int index : input.results().progress().finishedIterations()) {
                if (from.containsKey(index)) {
                    throw new RefusedException("aitest: iteration " + index + what + " is in both " + from.get(index)
                            + " and " + input.directory() + "; each iteration must come from one shard (was a "
                            + "shard's reports directory given twice, or two jobs run with the same aitest.shard?)");
                }
                if (!recorded(layout, index)) {
                    throw new RefusedException("aitest: " + input.directory() + " is damaged: its results.json holds "
                            + "iteration " + index + ", but " + layout.iterationDirectory(index) + " has no record of "
                            + "it; keep each shard's whole reports directory, iteration folders included");
                }
                from.put(index, input.directory());
                folders.put(index, layout.iterationDirectory(index));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int index = 1; index <= iterations; index++) {
            if (!from.containsKey(index)) {
                missing.add(index);
            }
        }
        if (!missing.isEmpty()) {
            console.warn("aitest: no input holds iteration" + (missing.size() == 1 ? " " : "s ")
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + what + " of "
                    + iterations + "; the merge holds the " + from.size() + " that ran, and results.json records "
                    + "the missing ones (is a shard's reports directory missing from aitest.mergeFrom?)");
        }
        return new Plan(inputs, folders, List.copyOf(missing));
    }

    private static boolean recorded(ReportsLayout layout, int index) throws IOException {
        for (TestKind kind : TestKind.values()) {
            if (IterationRecord.read(layout.iterationRecord(kind, index)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts the planned iteration folders into {@code layout} (whose earlier contents go aside) and merges them.
     * The caller holds the layout's lock.
     */
    private Results write(Plan plan, ReportsLayout layout) throws IOException {
        CompletableFuture<Void> removal = layout.clearForNewRun();
        for (Map.Entry<Integer, Path> folder : plan.folders().entrySet()) {
            linkTree(folder.getValue(), layout.iterationDirectory(folder.getKey()));
        }
        List<IterationData> finished = new IterationFolders(layout).readFinished();
        Results first = plan.inputs().get(0).results();
        Instant started = null;
        long duration = 0;
        boolean complete = true;
        for (Input input : plan.inputs()) {
            started = ReactorAggregate.earliest(started, input.results().run().startedAt());
            // shards run side by side: the merged run took as long as the longest
            duration = Math.max(duration, input.results().run().durationMs());
            complete &= input.results().progress().runComplete();
        }
        layout.awaitRemoval(removal, console::warn);
        return Recovery.asRun(finished, pricing, first, String.valueOf(started), duration, complete)
                .missingIterations(plan.missing()).build();
    }

    /** Links every file of {@code from} into {@code to} (copies it where a link cannot be made). */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                    continue;
                }
                try {
                    Files.createLink(target, source);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
