package dev.aitest.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commit and branch a build ran on, for its history record: from the CI's variables when a CI sets them
 * (GitHub Actions, GitLab CI, Jenkins, CircleCI, Buildkite, Azure Pipelines), else read from the project's
 * {@code .git} folder (its {@code HEAD}, the ref it names, {@code packed-refs}) without running git. Each is null when
 * not known; a value that is not a commit id, or a branch with characters outside a ref name's, is not taken.
 *
 * @param commit the commit id (hex, 7 to 64 characters)
 * @param branch the branch name
 */
public record BuildSource(String commit, String branch) {

    /** Commit variables, first set wins. */
    static final List<String> COMMIT_VARIABLES = List.of("GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT", "CIRCLE_SHA1",
            "BUILDKITE_COMMIT", "BUILD_SOURCEVERSION");
    /** Branch variables, first set wins (a pull request's head before the ref GitHub Actions names). */
    static final List<String> BRANCH_VARIABLES = List.of("GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME",
            "GIT_BRANCH", "CIRCLE_BRANCH", "BUILDKITE_BRANCH", "BUILD_SOURCEBRANCHNAME");

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,64}");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/+-]{1,200}");

    /** Neither known. */
    public static final BuildSource UNKNOWN = new BuildSource(null, null);

    public BuildSource {
        commit = commit == null || !COMMIT.matcher(commit.trim().toLowerCase(java.util.Locale.ROOT)).matches() ? null
                : commit.trim().toLowerCase(java.util.Locale.ROOT);
        branch = branch == null || !BRANCH.matcher(branch.trim()).matches() ? null : branch.trim();
    }

    /** The first 7 characters of the commit, or null. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, 7);
    }

    /** What {@code environment} says, each part not given there read from the git folder above {@code basedir}. */
    public static BuildSource detect(Map<String, String> environment, Path basedir) {
        String commit = first(environment, COMMIT_VARIABLES);
        String branch = first(environment, BRANCH_VARIABLES);
        if (branch != null && branch.startsWith("origin/")) {
            branch = branch.substring("origin/".length());
        }
        if (commit == null || branch == null) {
            BuildSource git = fromGit(basedir);
            commit = commit != null ? commit : git.commit();
            branch = branch != null ? branch : git.branch();
        }
        return new BuildSource(commit, branch);
    }

    private static String first(Map<String, String> environment, List<String> names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** The commit and branch of the git folder at or above {@code basedir}; unknown when there is none. */
    static BuildSource fromGit(Path basedir) {
        if (basedir == null) {
            return UNKNOWN;
        }
        for (Path dir = basedir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return fromGitFolder(git);
            }
        }
        return UNKNOWN;
    }

    private static BuildSource fromGitFolder(Path git) {
        try {
            String head = read(git.resolve("HEAD"));
            if (head == null) {
                return UNKNOWN;
            }
            if (!head.startsWith("ref: ")) {
                return new BuildSource(head, null);
            }
            String ref = head.substring("ref: ".length()).trim();
            String branch = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : null;
            String commit = ref.contains("..") ? null : read(git.resolve(ref));
            if (commit == null) {
                String packed = read(git.resolve("packed-refs"));
                if (packed != null) {
                    for (String line : packed.split("\n")) {
                        if (line.endsWith(" " + ref)) {
                            commit = line.substring(0, line.indexOf(' '));
                        }
                    }
                }
            }
            return new BuildSource(commit, branch);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
    }
}
