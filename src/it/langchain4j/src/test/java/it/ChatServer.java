package it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A server on 127.0.0.1 that speaks OpenAI's Chat Completions protocol: gpt-4o-mini-2024-07-18 answers "Paris" with
 * 12 input and 5 output tokens, or, streamed, in two chunks and a last one with 30 input and 7 output tokens.
 */
final class ChatServer implements AutoCloseable {

    private static final String MODEL = "gpt-4o-mini-2024-07-18";
    private final HttpServer server;

    ChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean stream = request.replace(" ", "").contains("\"stream\":true");
            String chunk = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + MODEL + "\",";
            String body = stream
                    ? "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Par\"}}]}\n\n"
                            + "data: " + chunk + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"is\"},"
                            + "\"finish_reason\":\"stop\"}]}\n\n"
                            + "data: " + chunk + "\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":7,"
                            + "\"total_tokens\":37}}\n\ndata: [DONE]\n\n"
                    : "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"" + MODEL + "\","
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

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
