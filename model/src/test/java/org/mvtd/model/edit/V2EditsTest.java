package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

class V2EditsTest {
    private final Design w = EditFixtures.welcome();
    private final ElementRef tap0 = ElementRef.endpoint("kvmhost", "macvtap0");

    private Endpoint tap0(Design d) {
        return Elements.endpoint(d, tap0).orElseThrow();
    }

    @Test
    void aTypedListIsSplitAtCommasAndSpacesAndEveryBadEntryIsNamed() {
        assertThat(V2Edits.entries(" 192.0.2.1/24,  2001:db8::1/64 ,")).containsExactly("192.0.2.1/24", "2001:db8::1/64");
        assertThat(V2Edits.addressProblems("192.0.2.1/24, 2001:db8::1/64")).isEmpty();
        assertThat(V2Edits.addressProblems("192.0.2.1, 10.0.0.300/8, 192.0.2.1"))
                .hasSize(3).contains("'192.0.2.1' is listed twice").anySatisfy(p -> assertThat(p).startsWith("'192.0.2.1' has no prefix"))
                .anySatisfy(p -> assertThat(p).startsWith("'10.0.0.300/8'"));
        assertThat(V2Edits.addressProblems("192.0.2.1/24 192.0.2.1/24")).containsExactly("'192.0.2.1/24' is listed twice");
        assertThat(V2Edits.macListProblems("52:54:00:aa:bb:cc, 01:00:5e:00:00:01, zz"))
                .hasSize(2).allSatisfy(p -> assertThat(p).matches("'(01:00:5e:00:00:01|zz)' .*"));
        assertThat(V2Edits.vlanProblems("", true)).isEmpty();
        assertThat(V2Edits.vlanProblems("", false)).isNotEmpty();
        assertThat(V2Edits.vlanProblems("4095", true)).containsExactly("'4095' is not a VLAN id: use a whole number from 1 to 4094");
    }

    @Test
    void sourceModeTakesItsSendersAndNodstAndTheValidatorIsThenContent() {
        Design d = EndpointEdits.setMode(w, tap0, MacvlanMode.SOURCE).design();
        assertThat(V2Edits.setSourceMacs(d, tap0, "52:54:00:AA:BB:CC bad").accepted()).isFalse();
        EditResult r = V2Edits.setSourceMacs(d, tap0, "52:54:00:AA:BB:CC, 52:54:00:aa:bb:cd");
        assertThat(r.accepted()).isTrue();
        assertThat(tap0(r.design()).sourceMacs()).containsExactly("52:54:00:aa:bb:cc", "52:54:00:aa:bb:cd");
        Design on = V2Edits.setNodst(r.design(), tap0, true).design();
        assertThat(tap0(on).nodst()).isTrue();
        assertThat(Validator.validate(on).stream().filter(Problem::isError)
                .filter(p -> p.path().contains("macvtap0"))).isEmpty();
        assertThat(V2Edits.setSourceMacs(w, tap0, "52:54:00:aa:bb:cc").accepted()).as("bridge mode").isFalse();
        assertThat(V2Edits.setNodst(w, tap0, true).accepted()).isFalse();
        assertThat(V2Edits.setNopromisc(w, tap0, true).accepted()).isFalse();
    }

    @Test
    void addressesAndVlansLandOnTheirElementOrAreRefusedWithTheReason() {
        EditResult r = V2Edits.setEndpointAddresses(w, tap0, "192.0.2.20/24, 2001:db8::20/64");
        assertThat(tap0(r.design()).addresses()).containsExactly("192.0.2.20/24", "2001:db8::20/64");
        EditResult bad = V2Edits.setEndpointAddresses(w, tap0, "192.0.2.20");
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.refusal()).contains("'192.0.2.20' has no prefix");
        String station = w.stations().get(0).name();
        Design tagged = V2Edits.setStationVlan(w, station, "100").design();
        assertThat(tagged.station(station).orElseThrow().vlan()).isEqualTo(100);
        assertThat(V2Edits.setStationVlan(tagged, station, " ").design().station(station).orElseThrow().vlan()).isNull();
        assertThat(V2Edits.setStationVlan(w, station, "0").accepted()).isFalse();
        List<String> addr = V2Edits.setStationAddresses(w, station, "198.51.100.7/24").design()
                .station(station).orElseThrow().addresses();
        assertThat(addr).containsExactly("198.51.100.7/24");
    }
}
