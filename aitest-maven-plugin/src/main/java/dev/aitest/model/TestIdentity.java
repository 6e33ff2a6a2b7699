package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Which test a result is of: what tells it from every other test of a run or a reactor.
 *
 * @param id {@code className#name}
 * @param module the module (artifactId) whose build ran it, in a reactor aggregate; absent in a module's own results
 * @param moduleId the module as {@code groupId:artifactId}, in a reactor aggregate (two modules may share an
 *     artifactId); absent in a module's own results and in results written before it was recorded
 * @param kind which plugin ran it: {@code test} (Surefire) or {@code integration-test} (Failsafe)
 * @param className the test class
 * @param name the test name, parameter suffix included
 */
@JsonPropertyOrder({"id", "module", "moduleId", "kind", "className", "name"})
public record TestIdentity(String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String module,
        @JsonInclude(JsonInclude.Include.NON_NULL) String moduleId,
        TestKind kind, String className, String name) {

    public TestIdentity {
        kind = kind == null ? TestKind.TEST : kind;
    }

    /** The test {@code className#name} run as {@code kind} in {@code module} ({@code moduleId}), each null for none. */
    public static TestIdentity of(String module, String moduleId, TestKind kind, String className, String name) {
        return new TestIdentity(className + "#" + name, module, moduleId, kind, className, name);
    }

    /** A unit test of a module's own results. */
    public static TestIdentity of(String className, String name) {
        return of(null, null, TestKind.TEST, className, name);
    }

    /** This test under another class name and name; its id follows. */
    public TestIdentity withNames(String newClassName, String newName) {
        boolean same = newName.equals(name) && Objects.equals(newClassName, className);
        return same ? this : new TestIdentity(newClassName + "#" + newName, module, moduleId, kind, newClassName, newName);
    }

    /** This test as a test of {@code newModule} ({@code newModuleId}: its groupId:artifactId, null: by artifactId). */
    public TestIdentity inModule(String newModule, String newModuleId) {
        return new TestIdentity(id, newModule, newModuleId, kind, className, name);
    }

    /**
     * What tells its module from every other: {@code groupId:artifactId} when recorded, else the artifactId (results
     * written before the groupId was), else null.
     */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }

    /** The identity of a test within merged results: its module ({@link #moduleKey()}), its kind and its id. */
    public String key() {
        return TestResult.key(moduleKey(), kind, id);
    }
}
