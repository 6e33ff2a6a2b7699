package dev.aitest.runtime.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;

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
 * <p>It records each call's latency too, from the request to the complete response. A streaming model calls it once, when the response is complete, with the usage of the last chunk. Only a
 * project that names this class loads it, so aitest-runtime brings no LangChain4j class to a project without it.
 * Used by an AI Service, a call is recorded once, though the AI Service's own hook sees it too. A failed call
 * records nothing here: the test fails with the client's exception, which aitest tells apart as a
 * provider error from the test's report.
 */
public final class AiTestChatModelListener implements ChatModelListener {

    /** Where a call's start time is kept, in the attributes LangChain4j hands from the request to the response. */
    private static final Object STARTED = new Object();

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        Object started = context.attributes() == null ? null : context.attributes().get(STARTED);
        long latency = started instanceof Long nanos ? Math.max(0, (System.nanoTime() - nanos) / 1_000_000) : -1;
        LangChain4jUsage.record(context.chatResponse(),
                context.chatRequest() == null ? null : context.chatRequest().modelName(), latency);
    }
}
