package dev.aitest.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Reads the model and the tokens of a response object of the clients aitest knows, without a compile dependency on
 * any of them (their classes are only ever looked at by name, so none is needed on the test classpath):
 *
 * <ul>
 *   <li>openai-java's {@code com.openai.models.chat.completions.ChatCompletion} ({@code model()},
 *       {@code usage().promptTokens()}, {@code completionTokens()}) and {@code com.openai.models.responses.Response}
 *       ({@code model()}, {@code usage().inputTokens()}, {@code outputTokens()});</li>
 *   <li>LangChain4j's {@code dev.langchain4j.model.chat.response.ChatResponse} ({@code modelName()},
 *       {@code tokenUsage().inputTokenCount()}, {@code outputTokenCount()});</li>
 *   <li>Spring AI's {@code org.springframework.ai.chat.model.ChatResponse} ({@code getMetadata().getModel()},
 *       {@code getUsage().getPromptTokens()}, {@code getCompletionTokens()}).</li>
 * </ul>
 */
final class Responses {

    /**
     * What a response says it used.
     *
     * @param model the model that answered; null when the response names none
     * @param inputTokens its input tokens, or null when it reports no usage
     * @param outputTokens its output tokens, or null when it reports no usage
     */
    record Used(String model, Long inputTokens, Long outputTokens) {
    }

    private Responses() {
    }

    /** What {@code response} used; throws IllegalArgumentException for an object of no known client. */
    static Used of(Object response) {
        if (response == null) {
            throw new IllegalArgumentException("response must not be null");
        }
        String type = response.getClass().getName();
        switch (type) {
            case "com.openai.models.chat.completions.ChatCompletion":
                return used(text(call(response, "model")), call(response, "usage"), "promptTokens", "completionTokens");
            case "com.openai.models.responses.Response":
                return used(text(call(response, "model")), call(response, "usage"), "inputTokens", "outputTokens");
            case "dev.langchain4j.model.chat.response.ChatResponse":
                return used(text(call(response, "modelName")), call(response, "tokenUsage"), "inputTokenCount",
                        "outputTokenCount");
            case "org.springframework.ai.chat.model.ChatResponse": {
                Object metadata = call(response, "getMetadata");
                return used(text(call(metadata, "getModel")), call(metadata, "getUsage"), "getPromptTokens",
                        "getCompletionTokens");
            }
            default:
                throw new IllegalArgumentException("a " + type + " is not a response aitest can read; give it a "
                        + "ChatCompletion or Response of openai-java, or a ChatResponse of LangChain4j or Spring AI, or "
                        + "call AiTest.recordUsage(model, inputTokens, outputTokens)");
        }
    }

    private static Used used(String model, Object usage, String input, String output) {
        Long in = number(call(usage, input));
        Long out = number(call(usage, output));
        return in == null && out == null ? new Used(model, null, null)
                : new Used(model, in == null ? 0L : in, out == null ? 0L : out);
    }

    /** The result of {@code target.name()}, an Optional unwrapped; null for a null target or an absent method. */
    private static Object call(Object target, String name) {
        if (target == null) {
            return null;
        }
        Method method = publicMethod(target.getClass(), name);
        if (method == null) {
            return null;
        }
        try {
            Object value = method.invoke(target);
            return value instanceof Optional<?> optional ? optional.orElse(null) : value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /** {@code type}'s public no-argument method {@code name}, found on a public class or interface it has. */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method found = declared(c, name);
            if (found != null) {
                return found;
            }
            for (Class<?> i : c.getInterfaces()) {
                found = declared(i, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        try {
            Method method = type.getMethod(name);
            return Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** A model named by a String, or by a value of the client's own model types (openai-java's ChatModel, ...). */
    private static String text(Object model) {
        if (model == null || model instanceof String) {
            return (String) model;
        }
        for (String alternative : new String[] {"string", "chat", "only"}) {
            Object value = call(model, alternative);
            if (value != null) {
                return text(value);
            }
        }
        Object named = call(model, "asString");
        return named instanceof String s ? s : model.toString();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
