package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CleanRecording.class)
class SidecarWriterConcurrencyTest {

    private static final int THREADS = 16;
    private static final int RECORDS = 2_000;

    @TempDir
    Path temp;

    @Test
    void sixteenThreadsWritingAtOnceLoseAndInterleaveNothing() throws Exception {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                    // long model names make lines long enough to interleave if writes were not whole lines
                    String model = "thread-" + thread + "-\"quoted\"-" + "x".repeat(200 * thread);
                    for (int i = 1; i <= RECORDS; i++) {
                        switch (i % 4) {
                            case 0 -> AiTest.recordUsage(model, i, thread);
                            case 1 -> AiTest.metric("thread-" + thread, i);
                            case 2 -> AiTest.recordCost(i / 1000.0);
                            default -> AiTest.agent("agent-" + thread + "-" + i);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(null, failure.get());

        assertEquals(1, SidecarFiles.files(temp).size(), "one file per JVM");
        List<String> lines = SidecarFiles.lines(temp);
        assertEquals(THREADS * RECORDS, lines.size());

        Map<Integer, Long> usageInput = new HashMap<>();
        Map<Integer, Integer> usageCount = new HashMap<>();
        Map<String, Double> metricSum = new HashMap<>();
        Set<String> agents = new HashSet<>();
        double cost = 0;
        for (String line : lines) {
            Map<String, Object> record = SidecarFiles.parse(line);
            // the threads were created by this test, so they inherit it
            assertEquals("dev.aitest.runtime.SidecarWriterConcurrencyTest", record.get("className"), line);
            assertEquals("sixteenThreadsWritingAtOnceLoseAndInterleaveNothing", record.get("name"), line);
            switch ((String) record.get("kind")) {
                case "usage" -> {
                    int thread = ((Long) record.get("outputTokens")).intValue();
                    assertTrue(((String) record.get("model")).startsWith("thread-" + thread + "-"), line);
                    usageInput.merge(thread, (Long) record.get("inputTokens"), Long::sum);
                    usageCount.merge(thread, 1, Integer::sum);
                }
                case "metric" -> metricSum.merge((String) record.get("metric"), (Double) record.get("value"),
                        Double::sum);
                case "cost" -> cost += (Double) record.get("usd");
                case "agent" -> assertTrue(agents.add((String) record.get("agent")), "no duplicate " + line);
                default -> throw new AssertionError(line);
            }
        }
        long perThreadInput = 0;
        double perThreadMetric = 0;
        double perThreadCost = 0;
        for (int i = 1; i <= RECORDS; i++) {
            switch (i % 4) {
                case 0 -> perThreadInput += i;
                case 1 -> perThreadMetric += i;
                case 2 -> perThreadCost += i / 1000.0;
                default -> { }
            }
        }
        for (int t = 0; t < THREADS; t++) {
            assertEquals(RECORDS / 4, usageCount.get(t));
            assertEquals(perThreadInput, usageInput.get(t));
            assertEquals(perThreadMetric, metricSum.get("thread-" + t));
        }
        assertEquals(THREADS * RECORDS / 4, agents.size());
        assertEquals(THREADS * perThreadCost, cost, 1e-6);
    }

    @Test
    void everyJvmWritesItsOwnFileAndKeepsItsLinesWhenItExitsHalfWay() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", classpath,
                    "-D" + AiTest.SIDECAR_DIR_PROPERTY + "=" + temp, ExitingJvm.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(new File(temp.toFile(), "out-" + i + ".txt"))
                    .start());
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitingJvm.EXIT_CODE, process.exitValue());
        }

        List<Path> files = SidecarFiles.files(temp);
        assertEquals(2, files.size());
        Set<Long> pids = new HashSet<>();
        for (Path file : files) {
            Matcher name = SidecarFiles.FILE_NAME.matcher(file.getFileName().toString());
            assertTrue(name.matches());
            pids.add(Long.parseLong(name.group(1)));
        }
        Set<Long> expected = new HashSet<>();
        processes.forEach(p -> expected.add(p.pid()));
        assertEquals(expected, pids);

        List<String> lines = SidecarFiles.lines(temp);
        assertEquals(2 * ExitingJvm.THREADS * ExitingJvm.RECORDS, lines.size());
        for (String line : lines) {
            Map<String, Object> record = SidecarFiles.parse(line);
            assertEquals(null, record.get("className"), "no test framework in that JVM: " + line);
            assertEquals(null, record.get("name"), line);
        }
    }

    /** A JVM that records from several threads, then calls {@code System.exit} while they are still running. */
    static final class ExitingJvm {
        static final int THREADS = 4;
        static final int RECORDS = 500;
        static final int EXIT_CODE = 3;

        public static void main(String[] args) throws Exception {
            CyclicBarrier done = new CyclicBarrier(THREADS + 1);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = 0; i < RECORDS; i++) {
                            AiTest.recordUsage("jvm-model", i, thread);
                        }
                        done.await();
                        Thread.sleep(60_000); // still alive at System.exit
                    } catch (Exception e) {
                        Thread.currentThread().interrupt();
                    }
                });
                worker.start();
            }
            done.await();
            System.exit(EXIT_CODE);
        }
    }
}
