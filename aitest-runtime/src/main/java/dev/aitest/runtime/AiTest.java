package dev.aitest.runtime;

/**
 * Entry point for tests run by {@code aitest-maven-plugin}.
 *
 * <p>The plugin passes the current iteration to every test JVM as the system properties
 * {@code aitest.iteration} (1-based) and {@code aitest.iterations} (N). Outside the plugin both are 1.
 *
 * <pre>{@code
 * if (AiTest.iteration() == AiTest.iterations()) {
 *     // last iteration
 * }
 * }</pre>
 *
 * <h2>Recording tokens, cost, agent and metrics</h2>
 *
 * <p>{@link #recordUsage}, {@link #recordCost}, {@link #agent} and {@link #metric} record facts about the test
 * that is running; the plugin sums them per test and per iteration. They can be called from any thread:
 *
 * <pre>{@code
 * @Test
 * void answersTheRefundQuestion() {
 *     AiTest.agent("support-agent-v2");
 *     Reply reply = client.chat("How do I get a refund?");
 *     AiTest.recordUsage(reply.model(), reply.inputTokens(), reply.outputTokens());
 *     AiTest.metric("latencyMs", reply.latencyMillis());
 *     assertTrue(reply.text().contains("30 days"));
 * }
 * }</pre>
 *
 * <p>The plugin passes the system property {@value #SIDECAR_DIR_PROPERTY} to the test JVMs; every record is
 * appended at once, as one JSON line, to one file per JVM in that directory, so a JVM that dies half way keeps what
 * it recorded. Without that property (tests run by plain Surefire or an IDE) the record methods still check their
 * arguments but write nothing.
 *
 * <p>The runtime needs no configuration: it finds the running test through a JUnit Platform
 * {@code TestExecutionListener} and a TestNG {@code ITestListener} that both frameworks load by themselves
 * ({@code META-INF/services}), and it names tests exactly as Surefire does in its {@code TEST-*.xml} reports.
 *
 * <p>A test can also set the pass rate it must reach with {@link MinPassRate}; the listeners record it when the
 * test starts.
 *
 * <h2>Which test a record belongs to</h2>
 *
 * <ul>
 *   <li>A record made on the thread that runs the test, or on any thread created (directly, or by an executor
 *       created) while the test runs, belongs to that test. With JUnit Jupiter this includes
 *       {@code @BeforeEach} and {@code @AfterEach}; with TestNG, {@code @BeforeMethod} and {@code @AfterMethod}
 *       run outside the test, as Surefire reports it.</li>
 *   <li>A record made on another thread, for instance a pooled thread that existed before the test
 *       ({@code ForkJoinPool.commonPool()} behind {@code CompletableFuture.supplyAsync}, {@code parallelStream()}, a
 *       shared static executor, an HTTP client's own threads), belongs to the test only when it is the only test
 *       running in the JVM; that is always so when tests run one after the other (the default).</li>
 *   <li>When several tests run at once (JUnit {@code junit.jupiter.execution.parallel.enabled}, TestNG
 *       {@code parallel}), a record made on such a pooled thread <b>cannot be attributed</b>: it is kept, and the
 *       plugin reports it as unattributed. Worse, a pooled thread that was created during one test still running
 *       keeps that test, so its records go to that test even when another test submitted the work. To keep
 *       attribution exact under parallel execution, record on the test's thread (record the usage that the
 *       asynchronous call returns) or use an executor created inside the test.</li>
 *   <li>Records made outside any test, e.g. in {@code @BeforeAll} or a static initializer, are unattributed.</li>
 *   <li>With a TestNG data provider marked {@code parallel = true}, the invocation number in the name
 *       ({@code (3)} in {@code word[c](3)}) is the order in which Surefire sees the invocations finish; the runtime
 *       can only know the order in which they start, so under that option the number may differ.</li>
 * </ul>
 */
public final class AiTest {

    /** System property holding the 1-based index of the current iteration. */
    public static final String ITERATION_PROPERTY = "aitest.iteration";
    /** System property holding the number of iterations N. */
    public static final String ITERATIONS_PROPERTY = "aitest.iterations";
    /**
     * System property the plugin passes to the test JVMs: the absolute path of the directory the records go to.
     * Without it the record methods write nothing.
     */
    public static final String SIDECAR_DIR_PROPERTY = "aitest.sidecarDir";

    private AiTest() {
    }

    /**
     * The current iteration, from 1 to {@link #iterations()}; 1 when the test runs outside the plugin.
     *
     * <pre>{@code
     * int i = AiTest.iteration(); // 2 during the second of three iterations
     * }</pre>
     */
    public static int iteration() {
        return positiveInt(ITERATION_PROPERTY);
    }

    /**
     * The number of iterations N of this run; 1 when the test runs outside the plugin.
     *
     * <pre>{@code
     * int n = AiTest.iterations(); // 3 with -Daitest.iterations=3
     * }</pre>
     */
    public static int iterations() {
        return positiveInt(ITERATIONS_PROPERTY);
    }

    /**
     * Records one model call of the running test: the model and the tokens it consumed. Call it once per call;
     * the plugin adds the tokens up per test and per model.
     *
     * <pre>{@code
     * ChatResponse response = model.chat(request);
     * AiTest.recordUsage("gpt-4o", response.inputTokens(), response.outputTokens());
     * }</pre>
     *
     * @param model the model that answered, e.g. {@code "gpt-4o"}; not null or blank
     * @param inputTokens the prompt (input) tokens, at least 0
     * @param outputTokens the completion (output) tokens, at least 0
     * @throws IllegalArgumentException if the model is null or blank or a token count is negative
     */
    public static void recordUsage(String model, long inputTokens, long outputTokens) {
        usage(model, inputTokens, outputTokens, -1);
    }

    /**
     * Records one model call of the running test, as {@link #recordUsage(String, long, long)} does, with the time
     * the call took; the plugin reports each test's mean latency per call.
     *
     * @param latencyMs how long the call took, in milliseconds, at least 0
     * @throws IllegalArgumentException if the model is null or blank or a number is negative
     */
    public static void recordUsage(String model, long inputTokens, long outputTokens, long latencyMs) {
        requireNotNegative(latencyMs, "latencyMs");
        usage(model, inputTokens, outputTokens, latencyMs);
    }

    private static void usage(String model, long inputTokens, long outputTokens, long latencyMs) {
        requireText(model, "model");
        requireNotNegative(inputTokens, "inputTokens");
        requireNotNegative(outputTokens, "outputTokens");
        String dir = sidecarDir();
        if (dir == null) {
            return;
        }
        StringBuilder line = start("usage");
        line.append(",\"model\":");
        Json.string(line, model);
        line.append(",\"inputTokens\":").append(inputTokens);
        line.append(",\"outputTokens\":").append(outputTokens);
        if (latencyMs >= 0) {
            line.append(",\"latencyMs\":").append(latencyMs);
        }
        write(dir, line);
    }

    /**
     * Records the model and the tokens of one response of a client aitest knows, read from the response itself:
     * openai-java's {@code ChatCompletion} or {@code Response}, LangChain4j's or Spring AI's {@code ChatResponse}.
     * aitest-runtime depends on none of them; a response that reports no usage records nothing.
     *
     * <pre>{@code
     * ChatCompletion completion = client.chat().completions().create(params);
     * AiTest.record(completion);
     * }</pre>
     *
     * @param response the client's response; not null
     * @throws IllegalArgumentException for null, an object of no known client, or a response without a model
     */
    public static void record(Object response) {
        record(response, -1);
    }

    /**
     * Records one response as {@link #record(Object)} does, with the time the call took.
     *
     * @param response the client's response; not null
     * @param latencyMs how long the call took, in milliseconds; -1 when not known
     */
    public static void record(Object response, long latencyMs) {
        if (latencyMs < -1) {
            throw new IllegalArgumentException("latencyMs must be 0 or more (or -1 when not known), but was " + latencyMs);
        }
        Responses.Used used = Responses.of(response);
        if (used.inputTokens() == null) {
            return;
        }
        if (used.model() == null || used.model().isBlank()) {
            throw new IllegalArgumentException("the " + response.getClass().getName() + " names no model; call "
                    + "AiTest.recordUsage(model, inputTokens, outputTokens)");
        }
        usage(used.model(), used.inputTokens(), used.outputTokens(), latencyMs);
    }

    /**
     * Records a cost in US dollars that the test already knows (e.g. reported by the provider); it is added to the
     * cost of the running test.
     *
     * <pre>{@code
     * AiTest.recordCost(response.costUsd()); // e.g. 0.0042
     * }</pre>
     *
     * @param usd the cost in US dollars, finite and at least 0
     * @throws IllegalArgumentException if the cost is negative, NaN or infinite
     */
    public static void recordCost(double usd) {
        requireFinite(usd, "usd");
        if (usd < 0) {
            throw new IllegalArgumentException("usd must not be negative, but was " + usd);
        }
        String dir = sidecarDir();
        if (dir == null) {
            return;
        }
        StringBuilder line = start("cost");
        line.append(",\"usd\":");
        Json.number(line, usd + 0.0); // -0.0 becomes 0.0
        write(dir, line);
    }

    /**
     * Names the agent under test, i.e. the model, prompt or configuration this run of the test exercises, so that
     * the plugin can compare pass rates, tokens and cost per agent.
     *
     * <pre>{@code
     * @ParameterizedTest
     * @ValueSource(strings = {"gpt-4o", "claude-sonnet"})
     * void answersFaqs(String model) {
     *     AiTest.agent("faq-bot/" + model);
     *     // ...
     * }
     * }</pre>
     *
     * @param name the agent's name; not null or blank
     * @throws IllegalArgumentException if the name is null or blank
     */
    public static void agent(String name) {
        requireText(name, "agent name");
        String dir = sidecarDir();
        if (dir == null) {
            return;
        }
        StringBuilder line = start("agent");
        line.append(",\"agent\":");
        Json.string(line, name);
        write(dir, line);
    }

    /**
     * Records any named number of the running test: a score, a latency, a number of tool calls ...
     *
     * <pre>{@code
     * AiTest.metric("relevance", judge.score(answer)); // e.g. 0.87
     * AiTest.metric("toolCalls", trace.toolCalls().size());
     * }</pre>
     *
     * @param name the metric's name; not null or blank
     * @param value the value, finite (may be negative)
     * @throws IllegalArgumentException if the name is null or blank or the value is NaN or infinite
     */
    public static void metric(String name, double value) {
        requireText(name, "metric name");
        requireFinite(value, "metric value");
        String dir = sidecarDir();
        if (dir == null) {
            return;
        }
        StringBuilder line = start("metric");
        line.append(",\"metric\":");
        Json.string(line, name);
        line.append(",\"value\":");
        Json.number(line, value);
        write(dir, line);
    }

    /**
     * Records the {@link MinPassRate} in force for {@code test}, a value from 0 to 100 the caller has checked; the
     * listeners call it when the test starts.
     */
    static void recordMinPassRate(TestRef test, double percent) {
        String dir = sidecarDir();
        if (dir == null) {
            return;
        }
        StringBuilder line = start(test, "minPassRate");
        line.append(",\"value\":");
        Json.number(line, percent + 0.0); // -0.0 becomes 0.0
        write(dir, line);
    }

    /** Whether the plugin asked for records, i.e. the sidecar directory is set. */
    static boolean recording() {
        return sidecarDir() != null;
    }

    static int positiveInt(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            return 1;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed >= 1 ? parsed : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The sidecar directory, or null when the plugin did not ask for records. */
    private static String sidecarDir() {
        String dir = System.getProperty(SIDECAR_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : dir;
    }

    private static StringBuilder start(String kind) {
        return start(Attribution.GLOBAL.current(), kind);
    }

    private static StringBuilder start(TestRef test, String kind) {
        StringBuilder line = new StringBuilder(160);
        line.append("{\"className\":");
        Json.string(line, test == null ? null : test.className());
        line.append(",\"name\":");
        Json.string(line, test == null ? null : test.name());
        line.append(",\"kind\":\"").append(kind).append('"');
        return line;
    }

    private static void write(String dir, StringBuilder line) {
        SidecarWriter.append(dir, line.append("}\n").toString());
    }

    private static void requireText(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, but was " + value);
        }
    }

    private static void requireFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, but was " + value);
        }
    }
}
