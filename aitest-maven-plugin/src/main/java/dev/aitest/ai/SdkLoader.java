package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the OpenAI Java SDK only when a summary is asked for. The SDK (about 78 MB with Kotlin and OkHttp) is not
 * part of the plugin, so that a build without an AI summary neither downloads nor loads it. The one class that uses
 * it, {@value #CLIENT}, is loaded from the plugin's own jar by a class loader that also sees the SDK's jars; every
 * other class, the Chat service types it implements and Jackson included, comes from the plugin.
 */
public final class SdkLoader implements AiSummarizer.ServiceFactory {

    /** The client class, in a package of its own so that it can be loaded apart from the rest of the plugin. */
    static final String CLIENT = "dev.aitest.ai.openai.OpenAiChatService";

    /** Finds the SDK's jars, fetching them on first use. */
    @FunctionalInterface
    public interface Jars {
        /** The jars; a failure says why, without secrets. */
        List<Path> find() throws IOException;
    }

    private final Jars jars;
    private Constructor<?> client;
    private ClassLoader loader;

    public SdkLoader(Jars jars) {
        this.jars = jars;
    }

    @Override
    public synchronized ChatService open(Endpoint endpoint, ApiKey key, Redactor redactor) throws ChatException {
        if (client == null) {
            load(redactor);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            ChatService service = (ChatService) client.newInstance(endpoint, key == null ? null : key.reveal(),
                    redactor);
            return new InLoader(service, loader);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ChatException chat) {
                throw chat;
            }
            throw failure("could not be set up", e.getCause(), redactor);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw failure("could not be set up", e, redactor);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void load(Redactor redactor) throws ChatException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(SdkLoader.class.getProtectionDomain().getCodeSource().getLocation());
            for (Path jar : jars.find()) {
                urls.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw failure("could not be fetched", e, redactor);
        }
        ClassLoader sdk = new ClientFirst(urls.toArray(URL[]::new), SdkLoader.class.getClassLoader());
        try {
            client = Class.forName(CLIENT, true, sdk).getConstructor(Endpoint.class, String.class, Redactor.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw failure("could not be loaded", e, redactor);
        }
        loader = sdk;
    }

    private static ChatException failure(String what, Throwable cause, Redactor redactor) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().strip().lines().findFirst().orElse("");
        return new ChatException(ChatException.Kind.OTHER, 0, null, "the OpenAI Java SDK " + what + " ("
                + redactor.redact(message) + ")");
    }

    /** Loads the client's package itself, from the plugin's jar, and everything else from its parent first. */
    private static final class ClientFirst extends URLClassLoader {

        private static final String PACKAGE = CLIENT.substring(0, CLIENT.lastIndexOf('.') + 1);

        static {
            registerAsParallelCapable();
        }

        ClientFirst(URL[] urls, ClassLoader parent) {
            super("aitest-openai-sdk", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }

    /** The SDK's client, called with the SDK's class loader as the thread's context class loader. */
    private record InLoader(ChatService service, ClassLoader loader) implements ChatService {

        @Override
        public Answer ask(String model, String system, String user, Duration timeout) throws ChatException {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return service.ask(model, system, user, timeout);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        @Override
        public void close() {
            service.close();
        }
    }
}
