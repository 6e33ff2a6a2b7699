package dev.aitest.maven;

import dev.aitest.ai.SdkLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.aether.RepositoryException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;

/**
 * The OpenAI Java SDK's jars, resolved by Maven (local repository, mirrors, proxies, offline mode) from the plugin
 * repositories on first use: {@code openai-java} with the Jackson and Kotlin BOMs the plugin's build imports, so
 * that it gets the versions the plugin was built and tested with.
 */
final class SdkJars implements SdkLoader.Jars {

    private static final DependencyFilter RUNTIME = (node, parents) -> node.getDependency() == null
            || Set.of("compile", "runtime").contains(node.getDependency().getScope());

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    SdkJars(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    @Override
    public List<Path> find() throws IOException {
        try {
            List<Dependency> managed = new ArrayList<>();
            for (String bom : List.of("com.fasterxml.jackson:jackson-bom:pom:" + PluginInfo.jacksonVersion(),
                    "org.jetbrains.kotlin:kotlin-bom:pom:" + PluginInfo.kotlinVersion())) {
                managed.addAll(system.readArtifactDescriptor(session,
                        new ArtifactDescriptorRequest(new DefaultArtifact(bom), repositories, null))
                        .getManagedDependencies());
            }
            Dependency sdk = new Dependency(new DefaultArtifact("com.openai:openai-java:"
                    + PluginInfo.openaiVersion()), "runtime");
            CollectRequest collect = new CollectRequest(List.of(sdk), managed, repositories);
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, RUNTIME))
                    .getArtifactResults()) {
                jars.add(result.getArtifact().getFile().toPath());
            }
            return jars;
        } catch (RepositoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
