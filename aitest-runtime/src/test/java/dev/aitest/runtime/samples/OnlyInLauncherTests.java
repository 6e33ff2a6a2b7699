package dev.aitest.runtime.samples;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the sample classes from running anywhere but in the in-process launcher of the listener tests, which set
 * the configuration parameter {@value #PARAMETER}. (Their names do not match Surefire's includes either.)
 */
public final class OnlyInLauncherTests implements ExecutionCondition {

    /** The launcher configuration parameter that enables the samples. */
    public static final String PARAMETER = "aitest.runtime.samples";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                ? ConditionEvaluationResult.enabled("run by a listener test")
                : ConditionEvaluationResult.disabled("sample for the listener tests only");
    }
}
