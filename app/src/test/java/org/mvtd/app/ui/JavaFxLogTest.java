package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The class-path warning JavaFX prints on every start is dropped; its other messages are not. */
class JavaFxLogTest {
    @Test
    void onlyTheUnsupportedConfigurationWarningIsDropped() {
        Logger javafx = Logger.getLogger(JavaFxLog.LOGGER);
        List<String> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(h);
        try {
            JavaFxLog.quietUnsupportedConfiguration();
            JavaFxLog.quietUnsupportedConfiguration(); // twice: still one filter
            javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b6d3586'");
            javafx.warning("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21");
        } finally {
            javafx.removeHandler(h);
        }
        assertThat(seen).containsExactly("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21");
    }
}
