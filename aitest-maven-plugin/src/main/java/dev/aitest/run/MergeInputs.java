package dev.aitest.run;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folders {@code aitest.mergeFrom} names: a comma-separated list of paths and globs ({@code shards/*}{@code
 * /aitest-reports}, {@code **}{@code /aitest-reports}), relative to a base folder. A glob names every folder it
 * matches, in path order; every entry must name at least one folder.
 */
public final class MergeInputs {

    private MergeInputs() {
    }

    /**
     * The folders {@code spec} names, each once, in the order given (a glob's matches in path order).
     *
     * @param spec the value of {@code aitest.mergeFrom}
     * @param base the folder relative paths start from
     * @throws ShardMerge.RefusedException when the spec is empty or an entry names no folder
     */
    public static List<Path> resolve(String spec, Path base) throws IOException {
        if (spec == null || spec.isBlank()) {
            throw new ShardMerge.RefusedException("aitest: aitest.mergeFrom is empty but must name the reports "
                    + "directories to merge, e.g. -Daitest.mergeFrom=shards/*/aitest-reports");
        }
        Set<Path> folders = new LinkedHashSet<>();
        for (String entry : spec.split(",")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            List<Path> found = isGlob(text) ? glob(text, base) : plain(text, base);
            if (found.isEmpty()) {
                throw new ShardMerge.RefusedException("aitest: aitest.mergeFrom names '" + text + "', which "
                        + (isGlob(text) ? "matches no folder" : "is not a folder") + " (relative to " + base
                        + "); name the reports directories of the shards, e.g. -Daitest.mergeFrom=shards/*/aitest-reports");
            }
            folders.addAll(found);
        }
        return List.copyOf(folders);
    }

    private static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> plain(String text, Path base) {
        Path folder = base.resolve(text).normalize();
        return Files.isDirectory(folder) ? List.of(folder) : List.of();
    }

    /** The folders under the glob's fixed leading part that match the rest of it. */
    private static List<Path> glob(String text, Path base) throws IOException {
        String pattern = text.replace('\\', '/');
        String[] parts = pattern.split("/");
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        Path root = base;
        for (int i = 0; i < fixed; i++) {
            root = root.resolve(parts[i]);
        }
        root = root.normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
        Path start = root;
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start, depth)) {
            walk.filter(Files::isDirectory).filter(p -> !p.equals(start))
                    .filter(p -> matcher.matches(start.relativize(p))).sorted().forEach(found::add);
        }
        return found;
    }
}
