package dev.aitest.runtime;

/**
 * Writes down the order in which the tests of this JVM start, when the plugin asks for it (system property
 * {@value #PROPERTY}, set for {@code aitest.order=random} and the runs that classify flaky tests): one line
 * {@code ["classname","name"]} per test, named as in {@code TEST-*.xml}, in {@code <sidecarDir>/order-<pid>-<random>.txt}.
 * From it the plugin knows which tests ran before a test that failed, in the same JVM, to look for its polluter.
 */
final class OrderLog {

    /** The system property that asks for the order. */
    static final String PROPERTY = "aitest.recordOrder";

    private OrderLog() {
    }

    /** {@code test} starts now. */
    static void started(TestRef test) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY))) {
            return;
        }
        String dir = System.getProperty(AiTest.SIDECAR_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        StringBuilder line = new StringBuilder(96).append('[');
        Json.string(line, test.className()).append(',');
        Json.string(line, test.name()).append("]\n");
        SidecarWriter.ORDER.write(dir, line.toString());
    }
}
