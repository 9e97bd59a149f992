package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.testing.EditFixtures;

class FragmentTest {
    @Test
    void duplicatingAHostWithItsGuestsKeepsTheLinksAmongTheCopies() {
        Design w = EditFixtures.welcome();
        Fragment f = Fragment.copy(w, Set.of(ElementRef.host("kvmhost"), ElementRef.guest("uperf-client")));
        EditResult r = f.pasteInto(w, 40, 40);
        assertThat(r.accepted()).isTrue();
        Host copy = r.design().host("kvmhost-2").orElseThrow();
        assertThat(copy.endpoints()).extracting(e -> e.lower()).containsOnly("eth0");
        assertThat(copy.device("eth0").orElseThrow().switchName()).as("plugged into the original switch").isEqualTo("lan");
        var guest = r.design().guest("uperf-client-2").orElseThrow();
        assertThat(guest.host()).isEqualTo("kvmhost-2");
        assertThat(guest.nics()).extracting(n -> n.endpoint()).containsExactly("macvtap0");
        assertThat(copy.endpoints()).allSatisfy(e -> assertThat(e.mac()).as("copied MACs would clash").isNull());
        assertThat(r.created()).contains(ElementRef.host("kvmhost-2"), ElementRef.guest("uperf-client-2"));
    }

    @Test
    void aCopiedGuestWithoutItsEndpointGetsNoNic() {
        Design w = EditFixtures.welcome();
        EditResult r = Fragment.copy(w, Set.of(ElementRef.guest("uperf-server"))).pasteInto(w, 40, 40);
        assertThat(r.design().guest("uperf-server-2").orElseThrow().nics()).isEmpty();
    }

    @Test
    void aCopiedSwitchAndDeviceStayConnected() {
        Design w = EditFixtures.welcome();
        EditResult r = Fragment.copy(w, Set.of(ElementRef.sw("lan"), ElementRef.device("kvmhost", "eth0"),
                ElementRef.station("router"))).pasteInto(w, 40, 40);
        Design d = r.design();
        assertThat(d.host("kvmhost").orElseThrow().device("eth0-2").orElseThrow().switchName()).isEqualTo("lan-2");
        assertThat(d.station("router-2").orElseThrow().switchName()).isEqualTo("lan-2");
    }
}
