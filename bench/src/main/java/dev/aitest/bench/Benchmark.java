package dev.aitest.bench;

import dev.aitest.merge.SurefireXmlReader;
import dev.aitest.model.Results;
import dev.aitest.store.ResultsJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;

/**
 * Runs each comparison side by side on this machine and prints one table: case, ours, baseline, ratio, target,
 * verdict. Timings of whole processes alternate ours/baseline so that a drifting machine affects both; medians are
 * reported. Needs the plugin installed in the local repository (see README).
 */
public final class Benchmark {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path work;
    /** The local repository every Maven run uses; null for Maven's own. */
    private final String mavenRepo;
    private final List<String[]> rows = new ArrayList<>();

    private Benchmark(Path work, String mavenRepo) {
        this.work = work;
        this.mavenRepo = mavenRepo;
    }

    /**
     * Options: --work DIR (default bench/target/work), --quick (fewer repetitions), --case
     * merge|shards|parse|overhead|io|reactor|adaptive|history, --maven-repo DIR (the local repository of every Maven run, which must
     * hold the installed plugin).
     */
    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Path work = Path.of(options.contains("--work") ? options.get(options.indexOf("--work") + 1) : "bench/target/work")
                .toAbsolutePath();
        boolean quick = options.contains("--quick");
        String only = options.contains("--case") ? options.get(options.indexOf("--case") + 1) : null;
        String mavenRepo = options.contains("--maven-repo")
                ? Path.of(options.get(options.indexOf("--maven-repo") + 1)).toAbsolutePath().toString() : null;
        Benchmark bench = new Benchmark(work, mavenRepo);
        deleteTree(work);
        Files.createDirectories(work);
        Path reports = work.resolve("reports");
        if (only == null || List.of("merge", "shards", "parse", "history").contains(only)) {
            System.out.println("generating 10,000 tests x 20 iterations of Surefire reports (5 % failing runs)...");
            SyntheticReports.generate(reports, 10_000, 20, 0.05, 42);
        }
        if (only == null || only.equals("merge")) {
            bench.merge(reports, quick ? 1 : 3);
        }
        if (only == null || only.equals("shards")) {
            bench.shards(reports, quick ? 1 : 3);
        }
        if (only == null || only.equals("parse")) {
            bench.parse(reports, quick ? 3 : 7);
        }
        if (only == null || only.equals("overhead")) {
            bench.overhead(quick ? 2 : 7);
        }
        if (only == null || only.equals("io")) {
            bench.ioBound(quick ? 2 : 3);
        }
        if (only == null || only.equals("reactor")) {
            bench.reactor(quick ? 3 : 5);
        }
        if (only == null || only.equals("history")) {
            bench.history(reports, quick ? 2 : 3);
        }
        if (only == null || only.equals("adaptive")) {
            bench.adaptive(quick ? 1 : 2);
        }
        bench.print();
    }

    /** Merge plus results.json, report.html and report.md, in a JVM limited to 512 MB of heap. */
    private void merge(Path reports, int runs) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("merged");
            deleteTree(out);
            times.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(),
                    MergeOnce.class.getName(), reports.toString(), out.toString(), "20"), work, "merge"));
        }
        long ours = median(times);
        rows.add(new String[] {"merge + results.json + report.html + report.md, 10,000 tests x 20, -Xmx512m",
            seconds(ours), "-", "-", "<= 5 s", ours <= 5_000 ? "PASS" : "FAIL"});
        // the same merge made a second time in one JVM: the compiler has compiled the path, as in a long-lived
        // Maven JVM; its time is the merge's own, from the start of the pass to the last output in place
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("merged-twice");
            deleteTree(out);
            Path log = work.resolve("log-merge-twice.txt");
            Files.deleteIfExists(log);
            time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(), reports.toString(),
                    out.toString(), "20", "2"), work, "merge-twice");
            warm.add(Files.readAllLines(log).stream().filter(l -> l.startsWith("pass-ms 2 "))
                    .map(l -> Long.parseLong(l.substring("pass-ms 2 ".length()))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no second pass in " + log)));
        }
        long second = median(warm);
        rows.add(new String[] {"the same merge, second in one JVM (compiled code), -Xmx512m",
            seconds(second), "-", "-", "<= 2.5 s", second <= 2_500 ? "PASS" : "FAIL"});
        // the same merge in a JVM that compiles with C1 alone, as a project's .mvn/jvm.config can ask of Maven's JVM:
        // on few cores the optimising compiler's threads take a core from the merge; against the default, in turn
        List<Long> quick = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("merged-c1");
            deleteTree(out);
            quick.add(time(List.of(javaBin(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                    MergeOnce.class.getName(), reports.toString(), out.toString(), "20"), work, "merge-c1"));
            deleteTree(work.resolve("merged"));
            plain.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), work.resolve("merged").toString(), "20"), work, "merge"));
        }
        rows.add(new String[] {"the same merge, JVM with -XX:TieredStopAtLevel=1 (.mvn/jvm.config) vs without",
            seconds(median(quick)), seconds(median(plain)),
            String.format(Locale.ROOT, "%.2f", new Pairs(quick, plain).ratio()), "-", "-"});
    }

    /**
     * The merge of {@link #merge} with an empty history folder ({@code aitest.history}, no record yet), then keeping
     * a history of 30 records of the same suite (29
     * earlier builds: copies of its own record with earlier starts), against the merge without one, in turn. The
     * history is read, the figures of 10,000 tests over 30 builds computed and written with every output, and one
     * record appended and one removed.
     */
    private void history(Path reports, int runs) throws Exception {
        Path folder = work.resolve("history");
        Path out = work.resolve("merged-history");
        // first with an empty history: the figures over this build alone, and its record appended
        List<Long> empty = new ArrayList<>();
        List<Long> none = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            deleteTree(folder);
            deleteTree(out);
            empty.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), out.toString(), "20", "1", folder.toString()), work, "merge-history-empty"));
            Path merged = work.resolve("merged");
            deleteTree(merged);
            none.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), merged.toString(), "20"), work, "merge"));
        }
        rows.add(new String[] {"the merge with an empty history (aitest.history, no record yet) vs without, -Xmx512m",
            seconds(median(empty)), seconds(median(none)),
            String.format(Locale.ROOT, "%.2f", new Pairs(empty, none).ratio()), "-", "-"});
        // its record is the seed of 29 earlier builds
        Path record;
        try (Stream<Path> files = Files.list(folder)) {
            record = files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String text = Files.readString(record);
        String started = text.substring(text.indexOf("\"startedAt\": \"") + 14, text.indexOf('"',
                text.indexOf("\"startedAt\": \"") + 14));
        java.time.Instant first = java.time.Instant.parse(started).minus(java.time.Duration.ofDays(30));
        java.time.format.DateTimeFormatter name = java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(java.time.ZoneOffset.UTC);
        Files.delete(record);
        for (int i = 0; i < 29; i++) {
            java.time.Instant at = first.plus(java.time.Duration.ofDays(i));
            Files.writeString(folder.resolve(name.format(at) + "-local-" + String.format(Locale.ROOT, "%08x", i)
                    + ".json"), text.replace("\"startedAt\": \"" + started + "\"", "\"startedAt\": \"" + at + "\""));
        }
        List<Long> ours = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            deleteTree(out);
            ours.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), out.toString(), "20", "1", folder.toString()), work, "merge-history"));
            // back to 29 earlier builds: the next run appends the 30th again
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> sorted = files.sorted().toList();
                Files.delete(sorted.get(sorted.size() - 1));
            }
            Path merged = work.resolve("merged");
            deleteTree(merged);
            plain.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), merged.toString(), "20"), work, "merge"));
        }
        Results results = ResultsJson.read(out.resolve("results.json"));
        if (results.history() == null || results.history().builds().size() != 30) {
            throw new IllegalStateException("the merge with a history has no 30 builds in " + out);
        }
        double ratio = new Pairs(ours, plain).ratio();
        rows.add(new String[] {"the merge with a history of 30 records (10,000 tests x 30 builds) vs without, -Xmx512m",
            seconds(median(ours)), seconds(median(plain)), String.format(Locale.ROOT, "%.2f", ratio), "-", "-"});
    }

    /**
     * aitest:merge of 20 shards (one iteration each) of the 10,000-test suite against the single run's merge of the
     * same 20 iterations, both writing results.json and every report, each in a JVM limited to 512 MB, in turn.
     */
    private void shards(Path reports, int runs) throws Exception {
        Path shards = work.resolve("shards");
        time(List.of(javaBin(), "-cp", classPath(), MergeShards.class.getName(), "prepare", reports.toString(),
                shards.toString(), "20"), work, "shards-prepare");
        List<Long> ours = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path out = work.resolve("shards-merged");
            deleteTree(out);
            ours.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeShards.class.getName(), "merge",
                    reports.toString(), shards.toString(), "20", out.toString()), work, "shards-merge"));
            Path merged = work.resolve("merged");
            deleteTree(merged);
            single.add(time(List.of(javaBin(), "-Xmx512m", "-cp", classPath(), MergeOnce.class.getName(),
                    reports.toString(), merged.toString(), "20"), work, "merge"));
        }
        double ratio = new Pairs(ours, single).ratio();
        rows.add(new String[] {"aitest:merge of 20 shards (10,000 tests, 200,000 runs) vs the single run's merge, -Xmx512m",
            seconds(median(ours)), seconds(median(single)), String.format(Locale.ROOT, "%.2f", ratio), "<= 1.5",
            ratio <= 1.5 ? "PASS" : "FAIL"});
    }

    /** Our streaming reader against Surefire's own TestSuiteXmlParser, reading the same files in this JVM. */
    private void parse(Path reports, int runs) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(reports)) {
            walk.filter(p -> p.getFileName().toString().startsWith("TEST-")).sorted().forEach(files::add);
        }
        long checksumOurs = readOurs(reports);
        long checksumTheirs = readTheirs(files);
        if (checksumOurs != checksumTheirs) {
            throw new IllegalStateException("the parsers disagree: " + checksumOurs + " vs " + checksumTheirs);
        }
        for (int i = 0; i < 3; i++) {
            // both parsers run in this JVM: let the JIT compile both before anything is timed
            readOurs(reports);
            readTheirs(files);
        }
        List<Long> ours = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            readOurs(reports);
            long b = System.nanoTime();
            readTheirs(files);
            long c = System.nanoTime();
            ours.add((b - a) / 1_000_000);
            theirs.add((c - b) / 1_000_000);
            ratios.add((c - b) / (double) (b - a));
        }
        double ratio = medianDouble(ratios);
        rows.add(new String[] {"parse the same 200,000 runs: ours vs surefire-report-parser TestSuiteXmlParser",
            seconds(median(ours)), seconds(median(theirs)), String.format(Locale.ROOT, "%.1fx faster", ratio),
            ">= 3x faster", ratio >= 3 ? "PASS" : "FAIL"});
    }

    private static long readOurs(Path reports) throws IOException {
        SurefireXmlReader reader = new SurefireXmlReader();
        long runs = 0;
        for (int i = 1; i <= 20; i++) {
            runs += reader.readDirectory(reports.resolve("iteration-" + i), i).cases().size();
        }
        return runs;
    }

    private static long readTheirs(List<Path> files) throws Exception {
        long runs = 0;
        for (Path file : files) {
            TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
            runs += parser.parse(file.toString()).stream().mapToLong(s -> s.getTestCases().size()).sum();
        }
        return runs;
    }

    /** aitest.iterations=5 against five plain Surefire runs of the same tests, each in one Maven process. */
    private void overhead(int pairs) throws Exception {
        Path project = Projects.cpuLight(work, VERSION, 40, 25);
        time(maven("-o", "-B", "-q", "test-compile"), project, "compile");
        time(maven("-o", "-B", "-q", "test", "-Daitest.iterations=5"), project, "warm-up");
        Pairs timed = pairs(pairs, project, maven("-o", "-B", "-q", "test", "-Daitest.iterations=5"), "aitest",
                maven("-o", "-B", "-q", "-f", "baseline.xml", "test"), "surefire");
        double ratio = timed.ratio();
        List<Long> ours = timed.ours();
        rows.add(new String[] {"CPU-light suite (1,000 tests): aitest.iterations=5 vs 5 Surefire runs in one Maven",
            seconds(median(ours)), seconds(median(timed.baseline())), String.format(Locale.ROOT, "%.3f", ratio),
            "<= 1.05", ratio <= 1.05 ? "PASS" : "FAIL"});
        rows.add(new String[] {"  same pairs: time aitest adds to the run (context)",
            seconds(timed.added()), "-", "-", "-", "-"});
        // for context, not a target: what running mvn test five times, as one would without aitest, costs
        List<Long> separate = new ArrayList<>();
        for (int i = 0; i < Math.min(pairs, 3); i++) {
            long total = 0;
            for (int run = 0; run < 5; run++) {
                total += time(maven("-o", "-B", "-q", "test", "-Daitest.skip=true"), project, "mvn-test");
            }
            separate.add(total);
        }
        rows.add(new String[] {"  same suite: aitest.iterations=5 vs mvn test run 5 times (context)",
            seconds(median(ours)), seconds(median(separate)),
            String.format(Locale.ROOT, "%.3f", median(ours) / (double) median(separate)), "-", "-"});
    }

    /** 5 iterations, all at once, against one iteration, for tests that wait like a model call. */
    private void ioBound(int pairs) throws Exception {
        Path project = Projects.ioBound(work, VERSION, 10, 200);
        time(maven("-o", "-B", "-q", "test-compile"), project, "compile");
        Pairs timed = pairs(pairs, project, maven("-o", "-B", "-q", "test", "-Daitest.iterations=5",
                "-Daitest.parallelIterations=5"), "parallel",
                maven("-o", "-B", "-q", "test", "-Daitest.iterations=1"), "single");
        double ratio = timed.ratio();
        rows.add(new String[] {"I/O-bound suite (10 x 200 ms): 5 iterations, parallelIterations=5 vs 1 iteration",
            seconds(median(timed.ours())), seconds(median(timed.baseline())), String.format(Locale.ROOT, "%.2f", ratio),
            "<= 1.5", ratio <= 1.5 ? "PASS" : "FAIL"});
    }

    /**
     * A reactor shaped like Gson's (a parent and five modules: one of 3,480 tests, four of 300), the goals named by
     * their full coordinates: {@code test-compile aitest:test aitest:verify} with 2 iterations against two
     * consecutive {@code test-compile surefire:test} builds, after one untimed build that compiles everything, so
     * that both sides only check that the classes are up to date. aitest's whole cost per module (its goals, the
     * iterations' reading, each module's results and reports, the aggregate) shows against Maven starting twice.
     */
    private void reactor(int pairs) throws Exception {
        Path project = Projects.reactor(work, 60, 58, 6, 50);
        String plugin = "dev.aitest:aitest-maven-plugin:" + VERSION;
        time(maven("-o", "-B", "-q", "test-compile"), project, "reactor-compile");
        List<String> ours = maven("-o", "-B", "-q", "test-compile", plugin + ":test", plugin + ":verify",
                "-Daitest.iterations=2");
        List<String> baseline = maven("-o", "-B", "-q", "test-compile", "surefire:test");
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            a.add(time(ours, project, "reactor-aitest"));
            b.add(time(baseline, project, "reactor-surefire") + time(baseline, project, "reactor-surefire"));
            System.out.printf(Locale.ROOT, "reactor pair %d: aitest %s, surefire twice %s%n", i + 1, seconds(a.get(i)),
                    seconds(b.get(i)));
        }
        Pairs timed = new Pairs(a, b);
        double ratio = timed.ratio();
        rows.add(new String[] {"reactor (5 modules, 4,680 tests): aitest.iterations=2 vs 2 x mvn test-compile surefire:test",
            seconds(median(a)), seconds(median(b)), String.format(Locale.ROOT, "%.3f", ratio), "<= 1.0",
            ratio <= 1.0 ? "PASS" : "FAIL"});
        rows.add(new String[] {"  same pairs: time aitest adds to the two builds (context)",
            seconds(timed.added()), "-", "-", "-", "-"});
    }

    /**
     * aitest.adaptive against a fixed run of the same maximum (20 iterations, each test held to 80%) on a 40-test
     * suite of spread true rates, in turn: the runs each made (from results.json), their wall times, and how many
     * tests got the same verdict.
     */
    private void adaptive(int pairs) throws Exception {
        Path project = Projects.adaptive(work, VERSION, 40, 20, 42);
        time(maven("-o", "-B", "-q", "test-compile"), project, "adaptive-compile");
        List<String> common = List.of("-o", "-B", "-q", "test", "-Daitest.iterations=20", "-Daitest.minTestPassRate=80");
        List<String> adaptive = new ArrayList<>(common);
        adaptive.addAll(List.of("-Daitest.adaptive=true", "-Daitest.reportsDirectory=target/adaptive"));
        List<String> fixed = new ArrayList<>(common);
        fixed.add("-Daitest.reportsDirectory=target/fixed");
        Pairs timed = pairs(pairs, project, maven(adaptive.toArray(String[]::new)), "adaptive",
                maven(fixed.toArray(String[]::new)), "fixed");
        Results a = ResultsJson.read(project.resolve("target/adaptive/results.json"));
        Results f = ResultsJson.read(project.resolve("target/fixed/results.json"));
        Map<String, Boolean> verdicts = new HashMap<>();
        f.tests().forEach(t -> verdicts.put(t.id(), t.statistics().meetsThreshold()));
        long agree = a.tests().stream().filter(t -> Objects.equals(verdicts.get(t.id()), t.statistics().meetsThreshold()))
                .count();
        long fixedRuns = f.tests().stream().mapToLong(t -> t.iterations().size()).sum();
        double runs = a.adaptive().runs() / (double) fixedRuns;
        rows.add(new String[] {"adaptive vs fixed, 40 tests of spread true rates, max 20: runs made",
            Long.toString(a.adaptive().runs()), Long.toString(fixedRuns), String.format(Locale.ROOT, "%.2f", runs),
            "< 1", runs < 1 ? "PASS" : "FAIL"});
        rows.add(new String[] {"  same pairs: wall time", seconds(median(timed.ours())), seconds(median(timed.baseline())),
            String.format(Locale.ROOT, "%.2f", timed.ratio()), "-", "-"});
        rows.add(new String[] {"  same runs: tests with the fixed run's verdict (" + a.adaptive().determined()
            + " determined, " + a.adaptive().conclusive() + " conclusive)", Long.toString(agree),
            Integer.toString(f.tests().size()), "-", "all", agree == f.tests().size() ? "PASS" : "FAIL"});
    }

    /** Times of ours and of the baseline, run in turn, pair by pair (milliseconds). */
    private record Pairs(List<Long> ours, List<Long> baseline) {

        /** The median of the pairs' ratios, which holds when the machine's speed drifts between pairs. */
        double ratio() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                ratios.add(ours.get(i) / (double) baseline.get(i));
            }
            return medianDouble(ratios);
        }

        /** The median of what ours takes more than the baseline, pair by pair. */
        long added() {
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                added.add(ours.get(i) - baseline.get(i));
            }
            return median(added);
        }
    }

    /** Runs {@code ours} and {@code baseline} in turn, {@code count} times each. */
    private Pairs pairs(int count, Path project, List<String> ours, String oursLog, List<String> baseline,
            String baselineLog) throws Exception {
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            a.add(time(ours, project, oursLog));
            b.add(time(baseline, project, baselineLog));
        }
        return new Pairs(a, b);
    }

    private void print() {
        String[] header = {"case", "ours", "baseline", "ratio", "target", "verdict"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        System.out.println();
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? "  " : "");
            }
            System.out.println(line.toString().stripTrailing());
        }
        System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores; medians; logs under " + work + ")");
    }

    /** Runs a command to its end and returns its wall time in milliseconds; fails when it fails. */
    private long time(List<String> command, Path dir, String label) throws Exception {
        File log = work.resolve("log-" + label + ".txt").toFile();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit + "; see " + log);
        }
        return millis;
    }

    /**
     * This JVM's class path with absolute entries, for a JVM started in another folder: the benchmark jar and the
     * libraries its manifest names (in lib/ beside it), which java.class.path does not list.
     */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path.toString());
            Path lib = path.resolveSibling("lib");
            if (entry.endsWith(".jar") && Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> entries.add(j.toString()));
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mvn() {
        return System.getProperty("aitest.bench.mvn", "mvn");
    }

    /** A Maven command line: mvn, the local repository when one was given, then {@code args}. */
    private List<String> maven(String... args) {
        List<String> command = new ArrayList<>();
        command.add(mvn());
        if (mavenRepo != null) {
            command.add("-Dmaven.repo.local=" + mavenRepo);
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double medianDouble(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
