package org.mvtd.app.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Drops JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning.
 * The designer runs from one shaded jar on the class path by design (the CLI must start without JavaFX), a
 * configuration JavaFX 21 runs fine but warns about on every start, which users took for a fault. Every
 * other JavaFX message still gets through.
 */
final class JavaFxLog {
    /** JavaFX logs through System.Logger "javafx", which is java.util.logging here (slf4j-jdk14). */
    static final String LOGGER = "javafx";
    static final String UNSUPPORTED = "Unsupported JavaFX configuration";
    // Held strongly: java.util.logging keeps loggers weakly, and a collected logger would lose the filter.
    private static final Logger JAVAFX = Logger.getLogger(LOGGER);

    private JavaFxLog() {
    }

    static synchronized void quietUnsupportedConfiguration() {
        Filter previous = JAVAFX.getFilter();
        if (previous instanceof Quiet) {
            return;
        }
        JAVAFX.setFilter(new Quiet(previous));
    }

    private record Quiet(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(java.util.logging.LogRecord r) {
            String m = r.getMessage();
            if (m != null && m.startsWith(UNSUPPORTED)) {
                return false;
            }
            return previous == null || previous.isLoggable(r);
        }
    }
}
