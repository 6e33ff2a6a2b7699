package dev.aitest.runtime.spring;

import dev.aitest.runtime.AiTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.lang.reflect.Method;

/**
 * Records the model and the tokens of every Spring AI {@code ChatModel} call for the running test, from the
 * observation Spring AI makes of it ({@code ChatModelObservationContext}, whose response it holds when the call
 * ends, a streamed one included), with the call's latency from the observation's start to its stop. Spring AI's classes are looked at by name, so one handler serves Spring AI 1.x and
 * 2.x.
 */
public final class AiTestChatObservationHandler implements ObservationHandler<Observation.Context> {

    /** The observation context of a chat model call. */
    static final String CHAT_CONTEXT = "org.springframework.ai.chat.observation.ChatModelObservationContext";

    @Override
    public boolean supportsContext(Observation.Context context) {
        for (Class<?> type = context == null ? null : context.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(CHAT_CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    /** Where the call's start time is kept in its observation context. */
    private static final String STARTED = AiTestChatObservationHandler.class.getName() + ".started";

    @Override
    public void onStart(Observation.Context context) {
        context.put(STARTED, System.nanoTime());
    }

    @Override
    public void onStop(Observation.Context context) {
        Object response;
        try {
            Method getResponse = context.getClass().getMethod("getResponse");
            response = getResponse.invoke(context);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        if (response == null) {
            return;
        }
        Object started = context.get(STARTED);
        long latency = started instanceof Long nanos ? Math.max(0, (System.nanoTime() - nanos) / 1_000_000) : -1;
        try {
            AiTest.record(response, latency);
        } catch (IllegalArgumentException e) {
            // a response that names no model, or tokens the runtime refuses: nothing to record
        }
    }
}
