package dev.aitest.runtime.langchain4j;

import dev.langchain4j.observability.api.AiServiceListenerRegistrar;
import dev.langchain4j.observability.api.DefaultAiServiceListenerRegistrar;
import dev.langchain4j.observability.api.event.AiServiceResponseReceivedEvent;
import dev.langchain4j.observability.api.listener.AiServiceResponseReceivedListener;
import dev.langchain4j.spi.observability.AiServiceListenerRegistrarFactory;

/**
 * Records the model and the tokens of every response an AI Service receives, with no code: LangChain4j looks this
 * factory up through its {@code AiServiceListenerRegistrarFactory} service-loader SPI (listed in
 * {@code META-INF/services} of aitest-runtime) whenever it builds an AI Service, and only then, so a project without
 * LangChain4j never loads it. The registrar it returns is LangChain4j's own, with one more listener.
 */
public final class AiTestAiServiceListenerRegistrarFactory implements AiServiceListenerRegistrarFactory {

    @Override
    public AiServiceListenerRegistrar get() {
        AiServiceListenerRegistrar registrar = new DefaultAiServiceListenerRegistrar();
        registrar.register(new AiServiceResponseReceivedListener() {
            @Override
            public void onEvent(AiServiceResponseReceivedEvent event) {
                LangChain4jUsage.record(event.response(), event.request() == null ? null : event.request().modelName(),
                        -1);
            }
        });
        return registrar;
    }
}
