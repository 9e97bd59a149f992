package org.mvtd.app.ui.live.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Apply's tooltip says why it is off, the first reason that holds. */
class LiveToolsTest {
    @Test
    void offlineComesFirst() {
        assertThat(LiveTools.whyNoApply(false, true, "applying", 3))
                .isEqualTo("Apply is off: not connected. Connect to the host first (Live \u2192 Connect to Host, Ctrl+Shift+L).");
    }

    @Test
    void aBusyHelperSaysWhatItIsDoing() {
        assertThat(LiveTools.whyNoApply(true, true, "Tearing down on kvm1", 0))
                .isEqualTo("Apply is off: the helper is busy (Tearing down on kvm1); wait until it finishes.");
        assertThat(LiveTools.whyNoApply(true, true, "", 0)).isEqualTo("Apply is off: the helper is busy; wait until it finishes.");
    }

    @Test
    void errorsAreCountedInTheReason() {
        assertThat(LiveTools.whyNoApply(true, false, "", 1)).startsWith("Apply is off: the design has 1 error the kernel");
        assertThat(LiveTools.whyNoApply(true, false, "", 2)).startsWith("Apply is off: the design has 2 errors");
    }

    @Test
    void connectedIdleAndValidMeansOn() {
        assertThat(LiveTools.whyNoApply(true, false, "", 0)).isEmpty();
    }
}
