package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.runtime.AiTest;
import dev.aitest.runtime.langchain4j.AiTestChatModelListener;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AssistantTest {

    interface Assistant {
        String chat(String question);
    }

    /** An AI Service: nothing of aitest in it but the agent's name; its usage is recorded through LangChain4j's SPI. */
    @Test
    void answersThroughAnAiService() throws Exception {
        AiTest.agent("assistant-v1");
        try (ChatServer server = new ChatServer()) {
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("sk-local")
                    .modelName("gpt-4o-mini").maxRetries(0).build();
            Assistant assistant = AiServices.create(Assistant.class, model);
            assertEquals("Paris", assistant.chat("The capital of France?"));
            assertEquals("Paris", assistant.chat("Again?"));
        }
    }

    /** A model built with the listener, the one documented line: each call with its latency. */
    @Test
    void answersThroughTheModel() throws Exception {
        AiTest.agent("assistant-v1");
        try (ChatServer server = new ChatServer()) {
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("sk-local")
                    .modelName("gpt-4o-mini").maxRetries(0).listeners(List.of(new AiTestChatModelListener())).build();
            assertEquals("Paris", model.chat("The capital of France?"));
        }
    }

    /** A streamed response, recorded once with the usage of its last chunk. */
    @Test
    void streamsTheAnswer() throws Exception {
        AiTest.agent("streamer");
        try (ChatServer server = new ChatServer()) {
            OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl())
                    .apiKey("sk-local").modelName("gpt-4o-mini").listeners(List.of(new AiTestChatModelListener()))
                    .build();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            model.chat("The capital of France?", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            assertEquals("Paris", done.get(30, TimeUnit.SECONDS).aiMessage().text());
            // the listener runs on the client's thread once the stream ends: give it that moment
            Thread.sleep(200);
        }
    }
}
