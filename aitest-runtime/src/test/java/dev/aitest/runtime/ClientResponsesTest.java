package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.sun.net.httpserver.HttpServer;
import dev.aitest.runtime.langchain4j.AiTestChatModelListener;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real clients against a server on 127.0.0.1 speaking OpenAI's Chat Completions protocol: what their responses
 * say they used reaches the running test's sidecar, through {@link AiTest#record} and the LangChain4j listener.
 */
@ExtendWith(CleanRecording.class)
class ClientResponsesTest {

    private static final String ME = "{\"className\":\"dev.aitest.runtime.ClientResponsesTest\",\"name\":";

    @TempDir
    Path temp;

    private HttpServer server;

    /** Answers with gpt-4o-mini-2024-07-18, 12 input and 5 output tokens; streamed, with usage in the last chunk. */
    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/responses", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = ("{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\","
                    + "\"model\":\"gpt-4.1-mini-2025-04-14\",\"output\":[{\"type\":\"message\",\"id\":\"msg_1\","
                    + "\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
                    + "\"text\":\"Paris\",\"annotations\":[]}]}],\"parallel_tool_calls\":true,\"tool_choice\":\"auto\","
                    + "\"tools\":[],\"temperature\":1.0,\"top_p\":1.0,\"error\":null,\"incomplete_details\":null,"
                    + "\"instructions\":null,\"metadata\":{},"
                    + "\"usage\":{\"input_tokens\":40,\"input_tokens_details\":{\"cached_tokens\":0},"
                    + "\"output_tokens\":9,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":49}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean stream = request.replace(" ", "").contains("\"stream\":true");
            String model = "gpt-4o-mini-2024-07-18";
            String body = stream
                    ? "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                            + "\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Par\"}}]}\n\n"
                            + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                            + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"is\"},\"finish_reason\":\"stop\"}]}\n\n"
                            + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                            + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":7,"
                            + "\"total_tokens\":37}}\n\n"
                            + "data: [DONE]\n\n"
                    : "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"" + model + "\","
                            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Paris\"},"
                            + "\"finish_reason\":\"stop\"}],"
                            + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private Path recording() {
        Path dir = temp.resolve("sidecars");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        return dir;
    }

    /** The lines with each call's latency, which the listener measures, taken out: whether each had one. */
    private static List<String> timed(List<String> lines) {
        for (String line : lines) {
            org.junit.jupiter.api.Assertions.assertTrue(line.matches(".*,\"latencyMs\":\\d+}"), line);
        }
        return lines.stream().map(l -> l.replaceAll(",\"latencyMs\":\\d+}", "}")).toList();
    }

    private static String usage(String test, String model, long input, long output) {
        return ME + "\"" + test + "\",\"kind\":\"usage\",\"model\":\"" + model + "\",\"inputTokens\":" + input
                + ",\"outputTokens\":" + output + "}";
    }

    @Test
    void anOpenAiJavaChatCompletionIsRecordedInOneCall() {
        Path dir = recording();
        OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(baseUrl()).apiKey("sk-local").maxRetries(0).build();
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI).addUserMessage("The capital of France?").build());

        AiTest.record(completion);

        assertEquals(List.of(usage("anOpenAiJavaChatCompletionIsRecordedInOneCall", "gpt-4o-mini-2024-07-18", 12, 5)),
                SidecarFiles.lines(dir));
    }

    @Test
    void anOpenAiJavaResponseOfTheResponsesApiIsRecordedInOneCall() {
        Path dir = recording();
        OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(baseUrl()).apiKey("sk-local").maxRetries(0).build();
        com.openai.models.responses.Response response = client.responses().create(
                com.openai.models.responses.ResponseCreateParams.builder().model(ChatModel.GPT_4_1_MINI)
                        .input("The capital of France?").build());

        AiTest.record(response);

        assertEquals(List.of(usage("anOpenAiJavaResponseOfTheResponsesApiIsRecordedInOneCall",
                "gpt-4.1-mini-2025-04-14", 40, 9)), SidecarFiles.lines(dir));
    }

    @Test
    void aLangChain4jModelBuiltWithTheListenerRecordsEveryCallItself() {
        Path dir = recording();
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("sk-local")
                .modelName("gpt-4o-mini").maxRetries(0).listeners(List.of(new AiTestChatModelListener())).build();

        assertEquals("Paris", model.chat("The capital of France?"));
        model.chat("And of Italy?");

        String test = "aLangChain4jModelBuiltWithTheListenerRecordsEveryCallItself";
        assertEquals(List.of(usage(test, "gpt-4o-mini-2024-07-18", 12, 5), usage(test, "gpt-4o-mini-2024-07-18", 12, 5)),
                timed(SidecarFiles.lines(dir)));
    }

    /** An AI Service of the user's, as LangChain4j builds it from an interface. */
    interface Assistant {
        String chat(String question);
    }

    @Test
    void anAiServiceRecordsEveryResponseWithNoCodeThroughLangChain4jsServiceLoader() {
        Path dir = recording();
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("sk-local")
                .modelName("gpt-4o-mini").maxRetries(0).build();
        Assistant assistant = dev.langchain4j.service.AiServices.create(Assistant.class, model);

        assertEquals("Paris", assistant.chat("The capital of France?"));

        assertEquals(List.of(usage("anAiServiceRecordsEveryResponseWithNoCodeThroughLangChain4jsServiceLoader",
                "gpt-4o-mini-2024-07-18", 12, 5)), SidecarFiles.lines(dir));
    }

    @Test
    void anAiServiceOverAModelWithTheListenerRecordsEachResponseOnce() {
        Path dir = recording();
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("sk-local")
                .modelName("gpt-4o-mini").maxRetries(0).listeners(List.of(new AiTestChatModelListener())).build();
        Assistant assistant = dev.langchain4j.service.AiServices.create(Assistant.class, model);

        assistant.chat("The capital of France?");
        assistant.chat("And of Italy?");

        String test = "anAiServiceOverAModelWithTheListenerRecordsEachResponseOnce";
        // the model's listener sees each response first, with its latency; the AI Service's hook then skips it
        assertEquals(List.of(usage(test, "gpt-4o-mini-2024-07-18", 12, 5), usage(test, "gpt-4o-mini-2024-07-18", 12, 5)),
                timed(SidecarFiles.lines(dir)));
    }

    @Test
    void aStreamedLangChain4jResponseIsRecordedOnceWithTheUsageOfItsLastChunk() throws Exception {
        Path dir = recording();
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl()).apiKey("sk-local")
                .modelName("gpt-4o-mini").listeners(List.of(new AiTestChatModelListener())).build();
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
        assertEquals(List.of(usage("aStreamedLangChain4jResponseIsRecordedOnceWithTheUsageOfItsLastChunk",
                "gpt-4o-mini-2024-07-18", 30, 7)), timed(awaitLines(dir, 1)));
    }

    @Test
    void aLangChain4jChatResponseIsReadByRecordAndAResponseWithoutUsageRecordsNothing() {
        Path dir = recording();
        AiTest.record(ChatResponse.builder().aiMessage(dev.langchain4j.data.message.AiMessage.from("hi"))
                .modelName("claude-x").tokenUsage(new TokenUsage(3, 4)).build());
        AiTest.record(ChatResponse.builder().aiMessage(dev.langchain4j.data.message.AiMessage.from("hi"))
                .modelName("claude-x").build());

        assertEquals(List.of(usage("aLangChain4jChatResponseIsReadByRecordAndAResponseWithoutUsageRecordsNothing",
                "claude-x", 3, 4)), SidecarFiles.lines(dir));
    }

    @Test
    void aLatencyGivenWithTheResponseIsRecordedWithItsUsage() {
        Path dir = recording();
        AiTest.record(ChatResponse.builder().aiMessage(dev.langchain4j.data.message.AiMessage.from("hi"))
                .modelName("claude-x").tokenUsage(new TokenUsage(3, 4)).build(), 250);
        AiTest.recordUsage("gpt-4o", 1, 2, 0);

        String test = "aLatencyGivenWithTheResponseIsRecordedWithItsUsage";
        assertEquals(List.of(ME + "\"" + test + "\",\"kind\":\"usage\",\"model\":\"claude-x\",\"inputTokens\":3,"
                + "\"outputTokens\":4,\"latencyMs\":250}", ME + "\"" + test + "\",\"kind\":\"usage\",\"model\":\"gpt-4o\","
                + "\"inputTokens\":1,\"outputTokens\":2,\"latencyMs\":0}"), SidecarFiles.lines(dir));
        assertThrows(IllegalArgumentException.class, () -> AiTest.recordUsage("gpt-4o", 1, 2, -5));
        assertThrows(IllegalArgumentException.class, () -> AiTest.record(ChatResponse.builder()
                .aiMessage(dev.langchain4j.data.message.AiMessage.from("hi")).modelName("m")
                .tokenUsage(new TokenUsage(1, 1)).build(), -2));
    }

    @Test
    void anObjectOfNoKnownClientIsRefusedNamingWhatIsRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AiTest.record("a string"));
        assertEquals("a java.lang.String is not a response aitest can read; give it a ChatCompletion or Response of "
                + "openai-java, or a ChatResponse of LangChain4j or Spring AI, or call "
                + "AiTest.recordUsage(model, inputTokens, outputTokens)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AiTest.record(null));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> AiTest.record(
                ChatResponse.builder().aiMessage(dev.langchain4j.data.message.AiMessage.from("hi")).modelName("m")
                        .tokenUsage(new TokenUsage(-1, 4)).build()));
        assertEquals(true, negative.getMessage().contains("inputTokens"), negative.getMessage());
    }

    /** The sidecar's lines once it holds {@code count}: a streamed response completes on the client's thread. */
    private static List<String> awaitLines(Path dir, int count) throws InterruptedException {
        for (int i = 0; i < 300 && SidecarFiles.lines(dir).size() < count; i++) {
            Thread.sleep(10);
        }
        return SidecarFiles.lines(dir);
    }
}
