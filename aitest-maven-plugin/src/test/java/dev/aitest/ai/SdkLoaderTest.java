package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkLoaderTest {

    /** The plugin's own classes, where SdkLoader and the client are. */
    private static Path pluginClasses() throws Exception {
        return Path.of(SdkLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every other entry of the test class path: the SDK's jars among them. */
    private static List<Path> otherJars() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && !path.equals(pluginClasses())) {
                jars.add(path);
            }
        }
        return jars;
    }

    @Test
    void aPluginWithoutTheSdkLoadsTheClientWithTheSdksJarsAndTalksToTheModel() throws Exception {
        try (FakeChatServer server = new FakeChatServer();
                URLClassLoader plugin = new URLClassLoader(new URL[] {pluginClasses().toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
            server.reply(FakeChatServer.ok("the answer"));
            assertThrows(ClassNotFoundException.class, () -> plugin.loadClass("com.openai.client.OpenAIClient"));
            Class<?> jarsType = plugin.loadClass(SdkLoader.Jars.class.getName());
            List<Path> sdk = otherJars();
            Object jars = Proxy.newProxyInstance(plugin, new Class<?>[] {jarsType}, (proxy, method, args) -> sdk);
            Object loader = plugin.loadClass(SdkLoader.class.getName()).getConstructor(jarsType).newInstance(jars);
            Object endpoint = plugin.loadClass(Endpoint.class.getName()).getMethod("of", String.class, String.class)
                    .invoke(null, server.baseUrl(), null);
            Object redactor = plugin.loadClass(Redactor.class.getName()).getMethod("patternsOnly").invoke(null);

            Method open = loader.getClass().getMethod("open", endpoint.getClass(),
                    plugin.loadClass(ApiKey.class.getName()), redactor.getClass());
            Object service = open.invoke(loader, endpoint, null, redactor);
            Method ask = plugin.loadClass(ChatService.class.getName()).getMethod("ask", String.class, String.class,
                    String.class, Duration.class);
            Object answer = ask.invoke(service, "gpt-4o-mini", "system", "user", Duration.ofSeconds(20));

            assertEquals("the answer", answer.getClass().getMethod("text").invoke(answer));
            assertEquals(1, server.requests().size());
            assertTrue(server.requests().get(0).body().contains("\"model\":\"gpt-4o-mini\""),
                    server.requests().get(0).body());
        }
    }

    @Test
    void anSdkThatCannotBeFetchedIsAChatFailureThatNamesItAndHidesSecrets() {
        SdkLoader loader = new SdkLoader(() -> {
            throw new IOException("Cannot access central (https://repo.example/?token=sk-proj-abcdefghijklmnop1234567890)"
                    + " in offline mode\nand the artifact was not downloaded before");
        });

        ChatException failure = assertThrows(ChatException.class, () -> loader.open(
                Endpoint.of("http://127.0.0.1:1/v1", null), null, Redactor.patternsOnly()));

        assertEquals(ChatException.Kind.OTHER, failure.kind());
        assertTrue(failure.getMessage().startsWith("the OpenAI Java SDK could not be fetched (Cannot access central"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("sk-proj-abcdefghijklmnop1234567890"), failure.getMessage());
        assertFalse(failure.getMessage().contains("offline mode\n"), failure.getMessage());
    }

    @Test
    void aRefusedSetUpKeepsTheClientsOwnFailure() {
        // no SDK jars at all: the test's class path already holds the SDK, so the client loads and refuses Azure
        // without a key with its own message
        SdkLoader loader = new SdkLoader(List::of);

        ChatException failure = assertThrows(ChatException.class, () -> loader.open(
                Endpoint.of("https://x.openai.azure.com", null), null, Redactor.patternsOnly()));

        assertEquals(ChatException.Kind.UNAUTHORIZED, failure.kind());
        assertEquals("Azure OpenAI needs a key", failure.getMessage());
    }
}
