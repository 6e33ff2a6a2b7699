package dev.aitest.maven;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/** Paths as users like to read them: relative to the project's folder when inside it. */
final class Paths {

    private Paths() {
    }

    static String display(MavenProject project, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
