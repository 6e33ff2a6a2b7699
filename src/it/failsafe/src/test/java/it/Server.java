package it;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The server pre-integration-test starts: answers with its own id until post-integration-test asks it to stop. */
public final class Server {

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String id = UUID.randomUUID().toString();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("server " + id).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Files.writeString(target.resolve("server.port"), Integer.toString(server.getAddress().getPort()));
        long deadline = System.currentTimeMillis() + 300_000;
        while (!Files.exists(target.resolve("server.stop")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        server.stop(0);
    }
}
