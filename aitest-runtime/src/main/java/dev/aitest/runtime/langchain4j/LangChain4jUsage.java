package dev.aitest.runtime.langchain4j;

import dev.aitest.runtime.AiTest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Records a LangChain4j response once, whichever hook saw it first: a model built with
 * {@link AiTestChatModelListener} and used by an AI Service hands the same response to both.
 */
final class LangChain4jUsage {

    /** The responses recorded, held weakly: a response seen twice is recorded once. */
    private static final Map<ChatResponse, Boolean> RECORDED = Collections.synchronizedMap(new WeakHashMap<>());

    private LangChain4jUsage() {
    }

    /**
     * Records {@code response}'s model ({@code fallbackModel} when it names none), tokens and the call's latency
     * ({@code latencyMs}, or -1 when not known), once.
     */
    static void record(ChatResponse response, String fallbackModel, long latencyMs) {
        TokenUsage usage = response == null ? null : response.tokenUsage();
        if (usage == null) {
            return;
        }
        String model = response.modelName();
        if (model == null || model.isBlank()) {
            model = fallbackModel;
        }
        if (model == null || model.isBlank() || RECORDED.put(response, Boolean.TRUE) != null) {
            return;
        }
        if (latencyMs >= 0) {
            AiTest.recordUsage(model, tokens(usage.inputTokenCount()), tokens(usage.outputTokenCount()), latencyMs);
        } else {
            AiTest.recordUsage(model, tokens(usage.inputTokenCount()), tokens(usage.outputTokenCount()));
        }
    }

    /** A count the client reported, 0 when it reported none; a negative count is refused by the runtime. */
    private static long tokens(Integer count) {
        return count == null ? 0 : count;
    }
}
