package dev.aitest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether results (or a baseline) come from where they are used: results of another project, or written by another
 * version of aitest, read without a word would pass for this project's or this version's figures. Each mismatch is
 * one note that says so; the caller refuses where the numbers would mislead.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * The notes about {@code file} (named as the user knows it), which records {@code recorded} and was written by
     * aitest {@code recordedVersion}, used in {@code current} by aitest {@code currentVersion}; empty when they
     * agree or either side is unknown.
     */
    public static List<String> notes(String file, ProjectInfo recorded, String recordedVersion, ProjectInfo current,
            String currentVersion) {
        List<String> notes = new ArrayList<>();
        if (otherProject(recorded, current)) {
            notes.add("aitest: " + file + " holds the results of " + coordinates(recorded) + ", not of this project, "
                    + coordinates(current) + "; its figures are that project's");
        }
        if (recordedVersion != null && currentVersion != null && !recordedVersion.equals(currentVersion)) {
            notes.add("aitest: " + file + " was written by aitest " + recordedVersion + ", and this is aitest "
                    + currentVersion + "; its figures are judged as this version judges them");
        }
        return notes;
    }

    /** True when both are known and their groupId or artifactId differ. */
    public static boolean otherProject(ProjectInfo recorded, ProjectInfo current) {
        return recorded != null && current != null && recorded.artifactId() != null && current.artifactId() != null
                && (!Objects.equals(recorded.groupId(), current.groupId())
                        || !Objects.equals(recorded.artifactId(), current.artifactId()));
    }

    /** groupId:artifactId. */
    public static String coordinates(ProjectInfo project) {
        return project.groupId() + ":" + project.artifactId();
    }
}
