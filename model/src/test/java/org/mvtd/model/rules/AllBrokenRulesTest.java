package org.mvtd.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Switch;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/** The name and MAC rules list every rule a text breaks, and their first verdict is the one-rule answer. */
class AllBrokenRulesTest {
    @Test
    void aNameBreakingFiveRulesGetsFiveLinesTheFirstBeingTheSingleVerdict() {
        List<String> all = InterfaceNames.problems("-tap/0 with:spaces");
        assertThat(all).hasSize(5);
        assertThat(all.get(0)).isEqualTo("is 18 bytes; Linux interface names are 1-15 bytes");
        assertThat(String.join("\n", all)).contains("contains '/'", "contains whitespace", "contains ':'", "starts with '-'");
        assertThat(InterfaceNames.problem("-tap/0 with:spaces")).contains(all.get(0));
    }

    @Test
    void theFirstOfTheListIsTheOldSingleVerdictForEveryKindOfName() {
        Stream.of("", ".", "..", "a..b", "all", "if3", ".hidden", "-x", "eth0", "caf\u00e9", "a\u0001b", "\ud83d\ude00x", "x".repeat(16))
                .forEach(n -> {
                    List<String> all = InterfaceNames.problems(n);
                    assertThat(InterfaceNames.problem(n)).as(n).isEqualTo(all.stream().findFirst());
                    assertThat(all).as(n).doesNotHaveDuplicates();
                });
        assertThat(InterfaceNames.problems("eth0")).isEmpty();
        assertThat(InterfaceNames.problems("\ud83d\ude00x")).as("a code point is one complaint").hasSize(1);
        assertThat(InterfaceNames.problems("..")).as("'..' is one rule, not three").hasSize(1);
    }

    @Test
    void aMalformedMacSaysWhatInItIsWrong() {
        List<String> all = MacAddresses.problems("52:54:zz:0a:8a");
        assertThat(all.get(0)).isEqualTo("is not six hex pairs separated by ':'");
        assertThat(String.join("\n", all)).contains("has 5 groups", "contains 'z'");
        assertThat(MacAddresses.problems("52:54:00:0a:8a:c1")).isEmpty();
        assertThat(MacAddresses.problems("01:00:5e:00:00:01")).singleElement().asString().contains("multicast");
        assertThat(MacAddresses.problem("52:54:zz:0a:8a")).contains(all.get(0));
    }

    @Test
    void aDuplicateMacNamesBothEndpoints() {
        Endpoint a = new Endpoint("tap0", "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:00:00:01", true, null);
        Endpoint b = new Endpoint("tap1", "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:00:00:01", true, null);
        Design d = Design.empty("dup").withSwitches(List.of(new Switch("lan", false, null)))
                .withHosts(List.of(new Host("h", List.of(Device.of("eth0", "lan")), List.of(a, b), null)));
        Problem p = Validator.validate(d).stream().filter(x -> x.message().contains("already used")).findFirst().orElseThrow();
        assertThat(p.path()).isEqualTo("hosts[h].endpoints[tap1].mac");
        assertThat(p.others()).containsExactly("hosts[h].endpoints[tap0].mac");
    }
}
