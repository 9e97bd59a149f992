package org.mvtd.app.ui.teach;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A background thread of an earlier test class (the live helper's feed) may fail after that class ended,
 * and TestFX would pin its exception on whichever test runs then, even inside its own set-up. The teaching
 * tests assert every outcome on the screen themselves, so for their duration TestFX does not rethrow foreign
 * threads' exceptions; afterwards later test classes get the usual rethrowing back. Register it before
 * TestFX's {@code ApplicationExtension} so it acts before the extension's set-up.
 */
final class IgnoreForeignAsyncFailures implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        now();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WaitForAsyncUtils.autoCheckException = true;
    }

    /** Stops rethrowing and forgets what foreign threads failed with so far (also called at each window start). */
    static void now() {
        WaitForAsyncUtils.autoCheckException = false;
        WaitForAsyncUtils.clearExceptions();
    }
}
