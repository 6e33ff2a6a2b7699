package dev.aitest.maven;

import dev.aitest.baseline.Baseline;
import dev.aitest.port.Console;
import dev.aitest.publish.Publisher;
import dev.aitest.store.ReportsLayout;
import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.cost.Pricing;
import dev.aitest.model.AiSummary;
import dev.aitest.model.Provenance;
import dev.aitest.model.Results;
import dev.aitest.report.ReportOptions;
import dev.aitest.ai.AiSummarizer;
import dev.aitest.ai.ApiKey;
import dev.aitest.ai.SdkLoader;
import dev.aitest.ai.SummaryConfig;
import dev.aitest.secret.Redactor;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/** The parameters of the reports and of the AI summary, shared by {@code aitest:test} and {@code aitest:report}. */
public abstract class AbstractReportingMojo extends AbstractAitestMojo {

    /** Writes report.html, a self-contained HTML report, next to results.json. */
    @Parameter(property = "aitest.html", defaultValue = "true")
    private boolean html;

    /** Writes report.md, a Markdown report for CI job summaries, next to results.json. */
    @Parameter(property = "aitest.markdown", defaultValue = "true")
    private boolean markdown;

    /**
     * Writes the merged results as JUnit XML in Surefire's format ({@code junit/TEST-<class>.xml}), for CI test
     * reporters: one test case per test over all iterations, flaky runs as {@code flakyFailure}/{@code flakyError}.
     */
    @Parameter(property = "aitest.junitXml", defaultValue = "true")
    private boolean junitXml;

    /**
     * Replaces secrets (API keys, tokens, passwords, private keys, the values of environment variables named like
     * secrets) in the text tests wrote with [REDACTED] in results.json and every report; Surefire's own XML in the
     * iteration folders keeps the raw text. False keeps the text as the tests wrote it everywhere.
     */
    @Parameter(property = "aitest.redact", defaultValue = "true")
    private boolean redact;

    /**
     * A JSON file of model prices that extends or overrides the built-in table, used for tests that record token
     * usage but no cost and for the AI summary's own cost:
     * {@code {"models": {"my-model": {"inputPerMillion": 1.0, "outputPerMillion": 2.0}}}}.
     */
    @Parameter(property = "aitest.pricingFile")
    private File pricingFile;

    /**
     * A baseline to compare the results with: a results.json of an earlier run (e.g. the last build of main) or a
     * file written by aitest:baseline. Each test is classified regressed, improved, changed, unchanged, new or
     * removed, and the overall difference of pass rates is given with its interval.
     */
    @Parameter(property = "aitest.baseline")
    private File baseline;

    /**
     * A folder that keeps one compact record per build (committed, or kept by the CI's cache): each complete run
     * published appends its counts, thresholds, criteria, commit, branch, start, tokens and cost. Relative to the
     * folder Maven was started in. In a reactor, the aggregate records the build.
     */
    @Parameter(property = "aitest.history")
    private String history;

    /** How many records the history folder keeps: the newest; the older ones are removed. */
    @Parameter(property = "aitest.historySize", defaultValue = "30")
    private String historySize;

    @Parameter(defaultValue = "${session}", readonly = true)
    private org.apache.maven.execution.MavenSession reportingSession;


    /**
     * The model (or Azure OpenAI deployment) that writes the AI summary after the iterations, e.g. gpt-5-mini.
     * Unset means no AI call.
     */
    @Parameter(property = SummaryConfig.MODEL)
    private String summaryModel;

    /**
     * An OpenAI-compatible API: OpenAI, Azure OpenAI (https://my-resource.openai.azure.com), Ollama
     * (http://localhost:11434/v1), vLLM, LM Studio...
     */
    @Parameter(property = SummaryConfig.BASE_URL, defaultValue = SummaryConfig.DEFAULT_BASE_URL)
    private String summaryBaseUrl;

    /** The name of the environment variable that holds the API key (never the key itself). */
    @Parameter(property = SummaryConfig.API_KEY_ENV, defaultValue = SummaryConfig.DEFAULT_API_KEY_ENV)
    private String summaryApiKeyEnv;

    /**
     * The id of a {@code <server>} in settings.xml whose password (encrypted or not) is the API key; it takes
     * precedence over {@code aitest.summaryApiKeyEnv}.
     */
    @Parameter(property = SummaryConfig.SERVER_ID)
    private String summaryServerId;

    /**
     * The Azure OpenAI api-version. Setting it turns on Azure mode for any base URL; without it, Azure is recognised
     * by the host (*.openai.azure.com, *.cognitiveservices.azure.com, *.services.ai.azure.com, *.azure-api.net).
     */
    @Parameter(property = SummaryConfig.AZURE_API_VERSION)
    private String summaryAzureApiVersion;

    /** Sends passing tests to the model by name only. */
    @Parameter(property = SummaryConfig.COMPACT, defaultValue = "false")
    private boolean summaryCompact;

    /** A UTF-8 text file that replaces the built-in prompt of the AI summary. */
    @Parameter(property = SummaryConfig.PROMPT)
    private File analysisPrompt;

    /** The budget of the model's input in tokens (prompt included); detail is left out to fit, failures last. */
    @Parameter(property = SummaryConfig.MAX_INPUT_TOKENS, defaultValue = "" + SummaryConfig.DEFAULT_MAX_INPUT_TOKENS)
    private String summaryMaxInputTokens;

    /** Seconds the AI summary may take in all, retries included. */
    @Parameter(property = SummaryConfig.TIMEOUT, defaultValue = "" + SummaryConfig.DEFAULT_TIMEOUT_SECONDS)
    private String summaryTimeout;

    /** Fails the build, after every report is written, when the AI summary could not be written. */
    @Parameter(property = SummaryConfig.FAIL_ON_ERROR, defaultValue = "false")
    private boolean summaryFailOnError;

    /** Asks the model again even when a summary of the same results, model and prompt is stored. */
    @Parameter(property = SummaryConfig.REFRESH, defaultValue = "false")
    private boolean summaryRefresh;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    /** Which reports to write. */
    protected ReportOptions reportOptions() {
        return new ReportOptions(html, markdown, junitXml);
    }

    /** The built-in prices, extended by {@code aitest.pricingFile}; refused with the property, value and fix. */
    protected Pricing pricing() throws MojoExecutionException {
        try {
            return pricingFile == null ? Pricing.builtIn() : Pricing.withFile(pricingFile.toPath());
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The summary settings {@link #key} was read for, and that key. */
    private SummaryConfig keyReadFor;
    private ApiKey key;

    /**
     * The publisher of the reports directory {@code directory}: the reports asked for, the AI summary of
     * {@code summary}, secrets redacted, compared with {@code aitest.baseline} when it is given.
     */
    protected Publisher publisher(Path directory, SummaryConfig summary, Pricing pricing, Console console)
            throws MojoExecutionException {
        return publisher(directory, summary, pricing, console, true);
    }

    /** The publisher of {@link #publisher}, recording the build in the history when {@code recordsTheBuild}. */
    protected Publisher publisher(Path directory, SummaryConfig summary, Pricing pricing, Console console,
            boolean recordsTheBuild) throws MojoExecutionException {
        return new Publisher(new ReportsLayout(directory), reportOptions(), PluginInfo.version(), console,
                summarizer(summary, directory, pricing), outputRedactor(summary)).withBaseline(baseline())
                .withHistory(history(recordsTheBuild));
    }

    /**
     * The history given as {@code aitest.history}, checked; null when none is given, or when {@code recordsTheBuild}
     * is false in a reactor of several projects (a module: the aggregate records the build).
     */
    protected dev.aitest.history.History history(boolean recordsTheBuild) throws MojoExecutionException {
        if (history == null || history.isBlank()) {
            return null;
        }
        int size;
        try {
            size = Parameters.historySize(historySize);
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        boolean reactor = reportingSession != null && reportingSession.getProjects() != null
                && reportingSession.getProjects().size() > 1;
        if (!recordsTheBuild && reactor) {
            return null;
        }
        Path root = reportingSession == null || reportingSession.getExecutionRootDirectory() == null
                ? Path.of("").toAbsolutePath() : Path.of(reportingSession.getExecutionRootDirectory());
        Path folder = root.resolve(history.trim()).toAbsolutePath().normalize();
        if (java.nio.file.Files.exists(folder) && !java.nio.file.Files.isDirectory(folder)) {
            throw new MojoExecutionException("aitest: aitest.history is '" + history + "', but " + folder + " is a "
                    + "file; give a folder (it is created when missing), e.g. -Daitest.history=.aitest-history");
        }
        return new dev.aitest.history.History(new dev.aitest.history.HistoryFolder(folder, size),
                dev.aitest.history.BuildSource.detect(System.getenv(), root));
    }

    /** The baseline given as {@code aitest.baseline}, read and checked; null when none was given. */
    protected Baseline baseline() throws MojoExecutionException {
        if (baseline == null) {
            return null;
        }
        try {
            Baseline read = Baseline.read(baseline.toPath());
            if (!"standalone-pom".equals(project().getArtifactId())
                    && Provenance.otherProject(read.project(), projectInfo(project()))) {
                getLog().warn("aitest: aitest.baseline " + shown(baseline.toPath()) + " holds the results of "
                        + Provenance.coordinates(read.project()) + ", not of this project, "
                        + Provenance.coordinates(projectInfo(project())) + "; tests are matched by their names only");
            }
            // named as the user knows it: relative to the project
            return new Baseline(shown(baseline.toPath()), read.startedAt(), read.iterations(), read.project(),
                    read.counts(), read.tests());
        } catch (Baseline.UnusableException e) {
            throw new MojoExecutionException("aitest: aitest.baseline: " + e.getMessage());
        }
    }

    /** The checked summary settings; refused with the property, the value and the fix. */
    protected SummaryConfig summaryConfig() throws MojoExecutionException {
        try {
            return SummaryConfig.check(summaryModel, summaryBaseUrl, summaryApiKeyEnv, summaryServerId,
                    summaryAzureApiVersion, summaryCompact, analysisPrompt == null ? null : analysisPrompt.toPath(),
                    summaryMaxInputTokens, summaryTimeout, summaryFailOnError, summaryRefresh);
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * The summarizer for {@code config}, or null when no model is configured. The key is read here: from the
     * settings.xml server when one is named (decrypted), else from the environment variable.
     */
    protected AiSummarizer summarizer(SummaryConfig config, Path reportsDirectory, Pricing pricing)
            throws MojoExecutionException {
        if (!config.enabled()) {
            return null;
        }
        return new AiSummarizer(config, apiKey(config), System.getenv(), reportsDirectory, pricing, new SdkLoader(
                new SdkJars(repositorySystem, repositorySession, project().getRemotePluginRepositories())));
    }

    /**
     * What takes secrets out of the text tests wrote before it is written anywhere, or null when
     * {@code aitest.redact} is false: the patterns, the values of environment variables named like secrets, and the
     * AI summary's key when one is configured.
     */
    protected Redactor outputRedactor(SummaryConfig config) throws MojoExecutionException {
        return redact ? AiSummarizer.redactor(config.enabled() ? apiKey(config) : null, System.getenv()) : null;
    }

    /**
     * The AI summary's key: the settings.xml server's password when one is named (decrypted), else the variable's;
     * read once for the settings it was read for, since the summarizer and the redactor both need it.
     */
    private ApiKey apiKey(SummaryConfig config) throws MojoExecutionException {
        if (!config.equals(keyReadFor)) {
            key = config.serverId() != null ? serverKey(config.serverId())
                    : ApiKey.fromEnvironment(config.apiKeyEnv(), System.getenv());
            keyReadFor = config;
        }
        return key;
    }

    /** Fails the build when the summary failed and {@code aitest.summaryFailOnError} asks for it. */
    protected void failIfSummaryFailed(SummaryConfig config, Results results) throws MojoExecutionException {
        AiSummary summary = results.aiSummary();
        if (config.enabled() && config.failOnError() && summary != null && !summary.ok()) {
            throw new MojoExecutionException("aitest: no AI summary and " + SummaryConfig.FAIL_ON_ERROR + " is true: "
                    + summary.error() + " (every report was written)");
        }
    }

    private ApiKey serverKey(String id) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(id);
        String fix = "; add <server><id>" + id + "</id><password>the key, encrypted with mvn --encrypt-password"
                + "</password></server> to settings.xml, or unset " + SummaryConfig.SERVER_ID + " to use "
                + SummaryConfig.API_KEY_ENV;
        if (server == null) {
            throw new MojoExecutionException("aitest: " + SummaryConfig.SERVER_ID + " is '" + id + "' but settings.xml "
                    + "has no <server> with that id" + fix);
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("aitest: " + SummaryConfig.SERVER_ID + " is '" + id + "' but its "
                        + "password cannot be decrypted (" + problem.getMessage().replaceAll("\\{[^}]*}", "{...}")
                        + "); check settings-security.xml" + fix);
            }
        }
        Server decrypted = result.getServer();
        String password = decrypted == null ? null : decrypted.getPassword();
        if (password == null || password.isBlank()) {
            throw new MojoExecutionException("aitest: " + SummaryConfig.SERVER_ID + " is '" + id + "' but that server "
                    + "has no password" + fix);
        }
        return ApiKey.of(password, "the password of the server '" + id + "' in settings.xml");
    }
}
