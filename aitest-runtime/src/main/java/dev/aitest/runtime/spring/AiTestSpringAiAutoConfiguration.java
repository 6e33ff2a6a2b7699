package dev.aitest.runtime.spring;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Records every Spring AI {@code ChatModel} call of a Spring Boot test with no code: listed in aitest-runtime's
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so only Spring Boot
 * loads it, and it applies only when Spring AI and Micrometer's observation API are on the classpath. Its
 * {@link AiTestChatObservationHandler} joins the application's observation registry (Spring Boot adds every
 * {@code ObservationHandler} bean to the one it configures); without one (no actuator), it provides a registry with
 * that handler alone, which Spring AI's chat models then observe their calls with.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(name = {"org.springframework.ai.chat.model.ChatModel",
    "io.micrometer.observation.ObservationRegistry"})
public class AiTestSpringAiAutoConfiguration {

    /** The handler that records each chat model call. */
    @Bean
    public AiTestChatObservationHandler aitestChatObservationHandler() {
        return new AiTestChatObservationHandler();
    }

    /** A registry with the handler, when the application has none of its own. */
    @Bean
    @ConditionalOnMissingBean(ObservationRegistry.class)
    public ObservationRegistry aitestObservationRegistry(AiTestChatObservationHandler handler) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(handler);
        return registry;
    }
}
