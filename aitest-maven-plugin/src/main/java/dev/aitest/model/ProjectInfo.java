package dev.aitest.model;

/**
 * The project whose tests ran, as the reports name it.
 *
 * @param groupId its groupId
 * @param artifactId its artifactId
 * @param version its version
 * @param name its name, else its artifactId
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name) {
}
