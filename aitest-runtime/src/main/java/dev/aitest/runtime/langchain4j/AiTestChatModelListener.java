package dev.aitest.runtime.langchain4j;

import dev.aitest.runtime.AiTest;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * Records the model and the tokens of every call of a LangChain4j {@code ChatModel} or {@code StreamingChatModel}
 * for the running test, with one line where the model is built:
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder()
 *         .baseUrl(...).apiKey(...).modelName("gpt-4o-mini")
 *         .listeners(List.of(new AiTestChatModelListener()))
 *         .build();
 * }</pre>
 *
 * <p>A streaming model calls it once, when the response is complete, with the usage of the last chunk. Only a
 * project that names this class loads it, so aitest-runtime brings no LangChain4j class to a project without it.
 * A failed call records nothing here: the test fails with the client's exception, which aitest tells apart as a
 * provider error from the test's report.
 */
public final class AiTestChatModelListener implements ChatModelListener {

    @Override
    public void onResponse(ChatModelResponseContext context) {
        ChatResponse response = context.chatResponse();
        TokenUsage usage = response == null ? null : response.tokenUsage();
        if (usage == null) {
            return;
        }
        String model = response.modelName();
        if (model == null || model.isBlank()) {
            model = context.chatRequest() == null ? null : context.chatRequest().modelName();
        }
        if (model == null || model.isBlank()) {
            return;
        }
        AiTest.recordUsage(model, tokens(usage.inputTokenCount()), tokens(usage.outputTokenCount()));
    }

    /** A count the client reported, 0 when it reported none; a negative count is refused by the runtime. */
    private static long tokens(Integer count) {
        return count == null ? 0 : count;
    }
}
