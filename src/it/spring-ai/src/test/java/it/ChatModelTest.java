package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring AI's OpenAI ChatModel against a server on 127.0.0.1 speaking the OpenAI protocol (gpt-4o-mini-2024-07-18,
 * 21 input and 8 output tokens per answer). The test holds no aitest code: the usage reaches results.json through
 * aitest-runtime's auto-configuration.
 */
@SpringBootTest(classes = ChatApp.class)
class ChatModelTest {

    private static final HttpServer SERVER = start();

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // Spring AI 2.0 calls through openai-java, which puts /chat/completions after the base URL
            server.createContext("/v1/chat/completions", exchange -> {
                exchange.getRequestBody().readAllBytes();
                byte[] body = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,"
                        + "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":\"Paris\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":8,\"total_tokens\":29}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/v1");
        registry.add("spring.ai.openai.api-key", () -> "sk-local-not-a-key");
        registry.add("spring.ai.openai.chat.options.model", () -> "gpt-4o-mini");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Autowired
    ChatModel chatModel;

    @Test
    void answersTheCapital() {
        assertEquals("Paris", chatModel.call("The capital of France?"));
    }

    @Test
    void answersTwice() {
        chatModel.call("The capital of France?");
        chatModel.call("And of Italy?");
    }
}
