package dev.aitest.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that speaks the Chat Completions wire protocol, for tests: it answers with the
 * replies queued in order (the last one again once the queue is empty) and records every request.
 */
final class FakeChatServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String method, String path, String query, Map<String, String> headers, String body) {

        /** A header by name, any case; null when absent. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The request body as JSON. */
        Map<?, ?> json() throws IOException {
            return new ObjectMapper().readValue(body, Map.class);
        }
    }

    /** How the server answers one request. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private Reply last = ok("### Verdict\n\nAll good.");

    FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL to configure, ending in /v1. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The server's root, for Azure-style base URLs. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues replies, answered in order. */
    synchronized FakeChatServer reply(Reply... queued) {
        for (Reply reply : queued) {
            replies.add(reply);
        }
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body));
            if (!replies.isEmpty()) {
                last = replies.poll();
            }
            reply = last;
        }
        try {
            reply.send(exchange);
        } finally {
            exchange.close();
        }
    }

    /** A Chat Completions answer with {@code content} and the given usage. */
    static Reply ok(String content, long promptTokens, long completionTokens) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        choice.put("logprobs", null);
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("id", "chatcmpl-test");
        completion.put("object", "chat.completion");
        completion.put("created", 1_764_230_000L);
        completion.put("model", "gpt-5-mini-2025-08-07");
        completion.put("choices", List.of(choice));
        completion.put("usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                "total_tokens", promptTokens + completionTokens));
        try {
            return json(200, new ObjectMapper().writeValueAsString(completion), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Reply ok(String content) {
        return ok(content, 1_200, 300);
    }

    /** A summary that quotes the request's Authorization header back, as a careless or hostile service might. */
    static Reply echoingTheKey() {
        return exchange -> {
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String key = authorization.replaceFirst("(?i)^bearer\\s+", "");
            ok("### Verdict\n\nYou called me with " + authorization + ".\n\n### Recommendations\n\nRotate " + key
                    + " and keep `" + key + "` out of logs.").send(exchange);
        };
    }

    /** An answer with this status, JSON body and headers. */
    static Reply json(int status, String body, Map<String, String> headers) {
        return exchange -> {
            Headers out = exchange.getResponseHeaders();
            out.set("Content-Type", "application/json");
            headers.forEach(out::set);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(bytes);
            }
        };
    }

    /** An OpenAI-style error. */
    static Reply error(int status, String message, Map<String, String> headers) {
        return json(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":null}}", headers);
    }

    /** Answers after {@code delay}, or not at all if the client gives up first. */
    static Reply slow(Duration delay, Reply then) {
        return exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.send(exchange);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
