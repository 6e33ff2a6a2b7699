package dev.aitest.ai;

import java.time.Duration;

/** A Chat Completions endpoint: one system and one user message in, the model's text out. */
public interface ChatService extends AutoCloseable {

    /**
     * The model's answer.
     *
     * @param text the message's content
     * @param inputTokens input tokens the service counted, else null
     * @param outputTokens output tokens the service counted, else null
     * @param model the model the service says answered, else null
     */
    record Answer(String text, Long inputTokens, Long outputTokens, String model) {
    }

    /** One request, no retry; the caller retries. */
    Answer ask(String model, String system, String user, Duration timeout) throws ChatException;

    /** Releases connections and threads. */
    @Override
    void close();
}
