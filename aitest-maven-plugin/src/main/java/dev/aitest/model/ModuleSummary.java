package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One module of a reactor aggregate: its totals, and the threshold it is judged against, its own.
 *
 * @param module the module's artifactId
 * @param minPassRate the module's own {@code aitest.minPassRate}, as its results.json records it
 * @param complete false when the module's run did not end
 * @param reportsDirectory the module's reports directory, relative to the aggregate's when it can be
 * @param summary the module's totals
 * @param moduleId the module as {@code groupId:artifactId} (two modules of a reactor may share an artifactId); absent
 *     in aggregates written before it was recorded
 */
@JsonPropertyOrder({"module", "moduleId", "minPassRate", "complete", "reportsDirectory", "summary"})
public record ModuleSummary(String module, double minPassRate, boolean complete,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reportsDirectory, Totals summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) String moduleId) {

    /** A module known by its artifactId alone. */
    public ModuleSummary(String module, double minPassRate, boolean complete, String reportsDirectory, Totals summary) {
        this(module, minPassRate, complete, reportsDirectory, summary, null);
    }

    /** What tells it from every other module: {@code groupId:artifactId} when recorded, else its artifactId. */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }

    /**
     * How people read the module's name among {@code modules}: its artifactId, or {@code groupId:artifactId} when
     * another module there has the same artifactId.
     */
    public static String shown(String module, String moduleId, List<ModuleSummary> modules) {
        if (moduleId == null || module == null) {
            return module;
        }
        boolean shared = modules.stream().anyMatch(m -> module.equals(m.module()) && !moduleId.equals(m.moduleKey()));
        return shared ? moduleId : module;
    }
}
