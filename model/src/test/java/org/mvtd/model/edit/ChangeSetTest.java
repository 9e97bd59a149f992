package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;

class ChangeSetTest {
    private final Design w = EditFixtures.welcome();

    @Test
    void aModeChangeTouchesOnlyThatEndpointAndItsHost() {
        ElementRef tap0 = ElementRef.endpoint("kvmhost", "macvtap0");
        ChangeSet c = ChangeSet.between(w, EndpointEdits.setMode(w, tap0, MacvlanMode.VEPA).design());
        // the host record holds its endpoints, so it differs too; nothing else does
        assertThat(c.changed()).containsExactlyInAnyOrder(tap0, ElementRef.host("kvmhost"));
        assertThat(c.touches(ElementRef.guest("uperf-client"))).isFalse();
    }

    @Test
    void aDeleteListsWhatWentAndARenameBothNames() {
        ChangeSet del = ChangeSet.between(w, DesignEdits.delete(w, List.of(ElementRef.guest("uperf-server"))));
        assertThat(del.changed()).containsExactly(ElementRef.guest("uperf-server"));
        ChangeSet ren = ChangeSet.between(w, DesignEdits.rename(w, ElementRef.sw("lan"), "tor"));
        assertThat(ren.changed()).contains(ElementRef.sw("lan"), ElementRef.sw("tor"), ElementRef.station("router"),
                ElementRef.device("kvmhost", "eth0"));
    }

    @Test
    void aRenamedDesignChangesNoElement() {
        ChangeSet c = ChangeSet.between(w, w.withName("other"));
        assertThat(c.noElementChanged()).isTrue();
        assertThat(ChangeSet.between(w, w).changed()).isEmpty();
    }
}
