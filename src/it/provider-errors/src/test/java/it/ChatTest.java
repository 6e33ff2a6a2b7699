package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.aitest.runtime.AiTest;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ChatTest {

    private static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }

    /** Asks the model through the real openai-java client; the provider answers 429 in iteration 2. */
    @Test
    void answers() throws Exception {
        try (ChatServer server = new ChatServer(iteration() == 2)) {
            OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-test-not-a-key")
                    .maxRetries(0).build();
            ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI).addUserMessage("The capital of France?").build());
            AiTest.recordUsage(completion.model(), completion.usage().get().promptTokens(),
                    completion.usage().get().completionTokens());
            assertEquals("Paris", completion.choices().get(0).message().content().orElse(""));
        }
    }

    /** The model's answer is wrong in iteration 3: the test's own failure, never the provider's. */
    @Test
    void wrongInIteration3() {
        assertEquals("Paris", iteration() == 3 ? "Lyon" : "Paris", "the answer");
    }

    /** Nothing listens on the port in iteration 1: the connection is refused. */
    @Test
    void connects() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (ChatServer server = new ChatServer(false)) {
            String url = iteration() == 1 ? "http://127.0.0.1:" + port + "/v1/chat/completions"
                    : server.baseUrl() + "/chat/completions";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
        }
    }
}
