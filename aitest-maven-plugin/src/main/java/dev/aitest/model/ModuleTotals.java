package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One module of a reactor aggregate: its totals, and the threshold it is judged against, its own.
 *
 * @param module the module's artifactId
 * @param minPassRate the module's own {@code aitest.minPassRate}, as its results.json records it
 * @param complete false when the module's run did not end
 * @param reportsDirectory the module's reports directory, relative to the aggregate's when it can be
 * @param totals the module's totals ({@code summary} in the file)
 * @param moduleId the module as {@code groupId:artifactId} (two modules of a reactor may share an artifactId); absent
 *     in aggregates written before it was recorded
 */
@JsonPropertyOrder({"module", "moduleId", "minPassRate", "complete", "reportsDirectory", "summary"})
public record ModuleTotals(String module, double minPassRate, boolean complete,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reportsDirectory, @JsonProperty("summary") Totals totals,
        @JsonInclude(JsonInclude.Include.NON_NULL) String moduleId) {

    /** A module known by its artifactId alone. */
    public ModuleTotals(String module, double minPassRate, boolean complete, String reportsDirectory, Totals totals) {
        this(module, minPassRate, complete, reportsDirectory, totals, null);
    }

    /** What tells it from every other module: {@code groupId:artifactId} when recorded, else its artifactId. */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }

    /**
     * How people read the module's name among {@code modules}: its artifactId, or {@code groupId:artifactId} when
     * another module there has the same artifactId.
     */
    public static String shown(String module, String moduleId, List<ModuleTotals> modules) {
        if (moduleId == null || module == null) {
            return module;
        }
        boolean shared = modules.stream().anyMatch(m -> module.equals(m.module()) && !moduleId.equals(m.moduleKey()));
        return shared ? moduleId : module;
    }
}
