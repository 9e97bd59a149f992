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

    @Test
    void aCopiedVersionTwoHostKeepsItsVlansSourceListsAndContainersButNoAddresses() {
        Design v2 = org.mvtd.model.validate.VersionTwoRulesTest.base().withHost("h", h -> h.withEndpoint("c0",
                e -> e.withMode(org.mvtd.model.MacvlanMode.SOURCE).withSourceMacs(java.util.List.of("52:54:00:00:00:01"))
                        .withNodst(true)));
        EditResult r = Fragment.copy(v2, Set.of(ElementRef.host("h"), ElementRef.guest("web"), ElementRef.guest("vm"),
                ElementRef.station("r"))).pasteInto(v2, 40, 40);
        assertThat(r.accepted()).isTrue();
        Host copy = r.design().host("h-2").orElseThrow();
        assertThat(copy.device("eth0.100").orElseThrow().parent()).isEqualTo("eth0");
        assertThat(copy.device("eth0.100").orElseThrow().vlan()).isEqualTo(100);
        assertThat(copy.endpoint("c0").orElseThrow().sourceMacs()).containsExactly("52:54:00:00:00:01");
        assertThat(copy.endpoint("c0").orElseThrow().nodst()).isTrue();
        assertThat(copy.endpoints()).allSatisfy(e -> assertThat(e.addresses()).as("copied addresses would clash").isEmpty());
        assertThat(r.design().guest("web-2").orElseThrow().isContainer()).isTrue();
        assertThat(r.design().station("r-2").orElseThrow().vlan()).isEqualTo(100);
        assertThat(org.mvtd.model.validate.Validator.validate(r.design()).stream()
                .filter(org.mvtd.model.validate.Problem::isError)).isEmpty();
    }
}
