package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerIT {

    @Test
    void seesTheServerThatPreIntegrationTestStarted() throws Exception {
        String port = Files.readString(Path.of("target/server.port")).trim();
        String answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(answer.startsWith("server "), answer);
        Events.log("server " + Events.iteration() + " " + answer);
    }
}
