package dev.aitest.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.aitest.model.Run;
import dev.aitest.model.RunCause;
import dev.aitest.model.RunUsage;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link Run} into results.json: iteration, outcome, durationMs, message, type and stackTrace (null when
 * absent), its cause when the provider failed it (cause, providerError, httpStatus, excluded), then what the runtime
 * recorded, flat, each field only when present: agent, model, models, inputTokens,
 * outputTokens, tokens, costUsd, calls, latencyMs, metrics. The one place that says how a run is written: a suite has hundreds of
 * thousands of runs, and field by field through the bean serializer they were the slowest part of writing the file.
 */
final class RunWriter extends StdSerializer<Run> {

    private static final long serialVersionUID = 1L;

    RunWriter() {
        super(Run.class);
    }

    @Override
    public void serialize(Run run, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeNumberField("iteration", run.iteration());
        json.writeStringField("outcome", run.outcome().json());
        json.writeNumberField("durationMs", run.durationMs());
        json.writeStringField("message", run.message());
        json.writeStringField("type", run.type());
        json.writeStringField("stackTrace", run.stackTrace());
        RunCause cause = run.origin();
        if (cause.cause() != null) {
            json.writeStringField("cause", cause.cause());
            if (cause.providerError() != null) {
                json.writeStringField("providerError", cause.providerError());
            }
            if (cause.httpStatus() != null) {
                json.writeNumberField("httpStatus", cause.httpStatus());
            }
            if (cause.leftOut()) {
                json.writeBooleanField("excluded", true);
            }
        }
        RunUsage usage = run.usage();
        if (usage.agent() != null) {
            json.writeStringField("agent", usage.agent());
        }
        if (usage.model() != null) {
            json.writeStringField("model", usage.model());
        }
        if (usage.models() != null) {
            json.writeArrayFieldStart("models");
            for (String model : usage.models()) {
                json.writeString(model);
            }
            json.writeEndArray();
        }
        number(json, "inputTokens", usage.inputTokens());
        number(json, "outputTokens", usage.outputTokens());
        number(json, "tokens", usage.tokens());
        if (usage.costUsd() != null) {
            json.writeNumberField("costUsd", usage.costUsd());
        }
        if (usage.calls() != null) {
            json.writeNumberField("calls", usage.calls());
        }
        number(json, "latencyMs", usage.latencyMs());
        if (usage.metrics() != null) {
            json.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> metric : usage.metrics().entrySet()) {
                json.writeFieldName(metric.getKey());
                if (metric.getValue() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(metric.getValue());
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, Long value) throws IOException {
        if (value != null) {
            json.writeNumberField(field, value);
        }
    }
}
