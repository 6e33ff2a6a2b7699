package dev.aitest.maven;

import dev.aitest.run.ReactorAggregate;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * The reactor a goal runs in, as far as aitest is concerned: which aitest goals this build runs in which project
 * (Maven's own execution plan, computed once per build), so that the last run goal to end can write the aggregate
 * and the last {@code aitest:verify} can fail the build once, after every module ran its iterations. Its state lives
 * in the build's session data as JDK types only, so that modules whose plugin realms differ share it.
 */
final class Reactor {

    private static final String KEY = "dev.aitest.maven.Reactor";
    private static final String PLUGIN_KEY = AitestLifecycleParticipant.PLUGIN_KEY;

    private final MavenSession session;
    private final Map<String, Object> state;

    private Reactor(MavenSession session, Map<String, Object> state) {
        this.session = session;
        this.state = state;
    }

    /**
     * The reactor of this build, or null when aitest has no reactor to coordinate: a build of one project, or one
     * whose plan Maven could not compute (the goals then act on their own module, as in a single-project build).
     */
    static Reactor of(MavenSession session, LifecycleExecutor lifecycle) {
        if (session.getProjects() == null || session.getProjects().size() < 2) {
            return null;
        }
        org.eclipse.aether.SessionData data = session.getRepositorySession().getData();
        Map<String, Object> state;
        synchronized (data) {
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) data.get(KEY);
            state = found != null ? found : new ConcurrentHashMap<>();
            data.set(KEY, state);
        }
        synchronized (state) {
            if (!state.containsKey("planned")) {
                plan(session, lifecycle, state);
            }
        }
        return Boolean.TRUE.equals(state.get("planned")) ? new Reactor(session, state) : null;
    }

    /** Counts the aitest run and verify goals this build runs, over every project; false when it cannot. */
    private static void plan(MavenSession session, LifecycleExecutor lifecycle, Map<String, Object> state) {
        int runs = 0;
        int verifies = 0;
        try {
            for (MavenProject project : session.getProjects()) {
                MavenSession own = session.clone();
                own.setCurrentProject(project);
                MavenExecutionPlan plan = lifecycle.calculateExecutionPlan(own,
                        session.getGoals().toArray(new String[0]));
                for (MojoExecution execution : plan.getMojoExecutions()) {
                    String key = execution.getGroupId() + ":" + execution.getArtifactId();
                    if (PLUGIN_KEY.equals(key)) {
                        String goal = execution.getGoal();
                        runs += goal.equals("test") || goal.equals("integration-test") ? 1 : 0;
                        verifies += goal.equals("verify") ? 1 : 0;
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            state.put("planned", Boolean.FALSE);
            return;
        }
        state.put("runs", new AtomicInteger(runs));
        state.put("verifies", new AtomicInteger(verifies));
        state.put("modules", new ConcurrentHashMap<String, String>());
        state.put("below", new ConcurrentHashMap<String, String>());
        state.put("planned", Boolean.TRUE);
        Path aggregate = ReactorAggregate.apartFrom(aggregateDirectory(session), predictedModuleDirectories(session));
        state.put("aggregate", aggregate.toString());
        // an aggregate of an earlier build must never pass for this one's
        try {
            new ReportsLayout(aggregate).clearForNewRun().join();
        } catch (IOException | CompletionException e) {
            // the aggregate is written anew at the end, whole or not at all
        }
    }

    /**
     * Where the aggregate would go: under the project Maven was started in (the execution root), also when
     * {@code -pl}, {@code -rf} or {@code -pl '!root'} leave it out of the build, {@code aitest.reportsDirectory}
     * relative to it when given on the command line, else its {@code target/aitest-reports}. Maven's top-level
     * project is not that folder when the root is left out: it is then the first module built, whose own results the
     * aggregate would overwrite.
     */
    static Path aggregateDirectory(MavenSession session) {
        MavenProject root = executionRoot(session);
        Path base = root != null ? root.getBasedir().toPath() : Path.of(session.getExecutionRootDirectory());
        String given = session.getUserProperties().getProperty("aitest.reportsDirectory");
        if (given != null && !given.isBlank()) {
            return base.resolve(given).toAbsolutePath().normalize();
        }
        String build = root != null ? root.getBuild().getDirectory() : base.resolve("target").toString();
        return Path.of(build).resolve("aitest-reports").toAbsolutePath().normalize();
    }

    /**
     * The project of the folder Maven was started in, built or not (Maven's list of all the reactor's projects holds
     * those {@code -pl} left out); null when Maven does not know it.
     */
    static MavenProject executionRoot(MavenSession session) {
        List<MavenProject> all = new ArrayList<>();
        if (session.getAllProjects() != null) {
            all.addAll(session.getAllProjects());
        }
        if (session.getProjects() != null) {
            all.addAll(session.getProjects());
        }
        for (MavenProject project : all) {
            if (project.isExecutionRoot()) {
                return project;
            }
        }
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        for (MavenProject project : all) {
            if (project.getBasedir() != null && project.getBasedir().toPath().toAbsolutePath().normalize().equals(root)) {
                return project;
            }
        }
        return null;
    }

    /** Where this build's aggregate goes: never a folder in which a module keeps its own results. */
    Path aggregateDirectory() {
        return Path.of((String) state.get("aggregate"));
    }

    /** The project whose identity the aggregate carries: the execution root, else Maven's top-level project. */
    MavenProject topLevelProject() {
        MavenProject root = executionRoot(session);
        return root != null ? root
                : session.getTopLevelProject() != null ? session.getTopLevelProject() : session.getProjects().get(0);
    }

    /** The reports directories of the modules this build runs aitest in, as far as their poms say. */
    private static List<Path> predictedModuleDirectories(MavenSession session) {
        MavenProject root = executionRoot(session);
        List<Path> directories = new ArrayList<>();
        for (MavenProject project : session.getProjects()) {
            if (root == null || !project.getId().equals(root.getId()) || !"pom".equals(project.getPackaging())) {
                directories.add(reportsDirectoryOf(session, project));
            }
        }
        return directories;
    }

    /**
     * A run goal ended in {@code project}, which keeps its results in {@code reportsDirectory} (null: it has none).
     *
     * @return the modules with results, in the reactor's order, when this was the last run goal; else null
     */
    List<ReactorAggregate.Module> runEnded(MavenProject project, Path reportsDirectory) {
        @SuppressWarnings("unchecked")
        Map<String, String> modules = (Map<String, String>) state.get("modules");
        if (reportsDirectory != null) {
            modules.put(project.getId(), reportsDirectory.toAbsolutePath().normalize().toString());
        }
        if (((AtomicInteger) state.get("runs")).decrementAndGet() != 0) {
            return null;
        }
        List<ReactorAggregate.Module> ordered = new ArrayList<>();
        for (MavenProject each : session.getProjects()) {
            String directory = modules.get(each.getId());
            if (directory != null) {
                ordered.add(new ReactorAggregate.Module(each.getGroupId(), each.getArtifactId(), Path.of(directory)));
            }
        }
        // a module whose reports directory its pom could not tell in advance may have taken the planned folder
        state.put("aggregate", ReactorAggregate.apartFrom(aggregateDirectory(),
                ordered.stream().map(ReactorAggregate.Module::reportsDirectory).toList()).toString());
        return ordered;
    }

    /**
     * {@code aitest:verify} ended in {@code project}.
     *
     * @param below why the module is below its threshold ("pass rate 66.7% (4/6 runs) is below ..."), else null
     * @return the modules below their threshold, in the reactor's order, when this was the last verify; else null
     */
    List<String> verified(MavenProject project, String below) {
        @SuppressWarnings("unchecked")
        Map<String, String> failing = (Map<String, String>) state.get("below");
        if (below != null) {
            failing.put(project.getId(), shownName(project) + ": " + below);
        }
        if (((AtomicInteger) state.get("verifies")).decrementAndGet() != 0) {
            return null;
        }
        List<String> ordered = new ArrayList<>();
        for (MavenProject each : session.getProjects()) {
            if (failing.containsKey(each.getId())) {
                ordered.add(failing.get(each.getId()));
            }
        }
        return ordered;
    }

    /**
     * How messages name a module: its artifactId, or {@code groupId:artifactId} when another project of the build has
     * the same artifactId (as the aggregate's reports name it).
     */
    private String shownName(MavenProject project) {
        boolean shared = session.getProjects().stream().anyMatch(p -> p.getArtifactId().equals(project.getArtifactId())
                && !p.getGroupId().equals(project.getGroupId()));
        return shared ? project.getGroupId() + ":" + project.getArtifactId() : project.getArtifactId();
    }

    /**
     * The reports directory of every module but the top-level project, for {@code aitest:report} at the root: the
     * one given on the command line, relative to each module, else the module's own {@code <reportsDirectory>} when
     * it is a plain path or under {@code ${project.build.directory}}, else {@code target/aitest-reports}.
     */
    static List<ReactorAggregate.Module> modulesOf(MavenSession session) {
        List<ReactorAggregate.Module> modules = new ArrayList<>();
        MavenProject top = session.getTopLevelProject();
        for (MavenProject project : session.getProjects()) {
            if (project == top || top != null && project.getId().equals(top.getId())) {
                continue;
            }
            modules.add(new ReactorAggregate.Module(project.getGroupId(), project.getArtifactId(),
                    reportsDirectoryOf(session, project)));
        }
        return modules;
    }

    /**
     * A module's reports directory as far as its pom tells, in Maven's order: its own {@code <reportsDirectory>}
     * when it is a plain path or under {@code ${project.build.directory}} (a pom's configuration wins over the
     * command line's property), else the one given on the command line, relative to it, else
     * {@code target/aitest-reports}.
     */
    private static Path reportsDirectoryOf(MavenSession session, MavenProject project) {
        String given = session.getUserProperties().getProperty("aitest.reportsDirectory");
        Path base = project.getBasedir().toPath();
        Path build = Path.of(project.getBuild().getDirectory());
        String configured = configuredReportsDirectory(project);
        String inBuild = "${project.build.directory}";
        Path directory = configured != null && !configured.contains("${")
                ? base.resolve(configured)
                : configured != null && configured.startsWith(inBuild)
                        ? build.resolve(configured.substring(inBuild.length()).replaceFirst("^[/\\\\]", ""))
                        : given != null && !given.isBlank() ? base.resolve(given)
                                : build.resolve("aitest-reports");
        return directory.toAbsolutePath().normalize();
    }

    private static String configuredReportsDirectory(MavenProject project) {
        org.apache.maven.model.Plugin aitest = project.getPlugin(PLUGIN_KEY);
        Object configuration = aitest == null ? null : aitest.getConfiguration();
        org.codehaus.plexus.util.xml.Xpp3Dom child = configuration instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom
                ? dom.getChild("reportsDirectory") : null;
        return child == null || child.getValue() == null ? null : child.getValue().trim();
    }
}
