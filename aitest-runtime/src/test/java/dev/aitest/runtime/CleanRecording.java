package dev.aitest.runtime;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Each test starts and ends with no sidecar directory set and no sidecar file open. */
final class CleanRecording implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clear();
    }

    private static void clear() {
        System.clearProperty(AiTest.SIDECAR_DIR_PROPERTY);
        SidecarWriter.reset();
    }
}
