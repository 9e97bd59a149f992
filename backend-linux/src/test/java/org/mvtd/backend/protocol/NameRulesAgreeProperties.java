package org.mvtd.backend.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Switch;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * Issue 15 F6: the designer's validator and the root helper judge every interface name the same way, so a design
 * with no problem shown is one the helper takes. The helper reads a design through the protocol reader (which
 * checks names) and then re-validates it; the two verdicts must agree for every name, including those that once
 * split them ({@code all}, {@code default}, {@code mac+vtap0}, {@code eth0..1}, {@code tapä}).
 */
class NameRulesAgreeProperties {
    private static final List<String> CASES = List.of("all", "default", "if3", "if0x", "ifx", "-x", "x-", "abcdefghijklmno",
            "abcdefghijklmnop", "ééééééé", "éééééééé", "mac+vtap0", "eth0..1", "tapä", "tap€", ".", "..", ".x", "a/b", "a:b", "a b",
            "a\tb", "a\nb", "a\u00a0b", "a\u0000b", "eth0", "eth0.100", "br-lan", "a_b", "x", "", "mvt0@eth0", "ALL", "Default");

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> generated = Arbitraries.strings()
                .withChars("abcfiltx019.-_+:/@ \t\u00e4\u00e9\u20ac\u0000\u00a0")
                .ofMinLength(0).ofMaxLength(17);
        return Arbitraries.oneOf(Arbitraries.of(CASES), generated);
    }

    @Property(tries = 2000)
    void anEndpointNameIsAcceptedByTheHelperExactlyWhenTheValidatorShowsNoProblem(@ForAll("names") String name) {
        // on a device no generated name can equal ('n' is not in the alphabet), so only the name rule can object
        Host h = Host.of("kvm1", List.of(Device.of("nic0", "tor1")), List.of(Endpoint.macvtap(name, "nic0", MacvlanMode.BRIDGE)));
        assertAgree(name, new Design(Design.CURRENT_VERSION, "lab", List.of(Switch.of("tor1", false)), List.of(), List.of(h), List.of()));
    }

    @Property(tries = 1000)
    void aLowerDeviceNameToo(@ForAll("names") String name) {
        Host h = Host.of("kvm1", List.of(Device.of(name, "tor1")), List.of(Endpoint.macvtap("mvt0", name, MacvlanMode.BRIDGE)));
        assertAgree(name, new Design(Design.CURRENT_VERSION, "lab", List.of(Switch.of("tor1", false)), List.of(), List.of(h), List.of()));
    }

    private static void assertAgree(String name, Design d) {
        boolean validatorAccepts = Validator.validate(d).stream().noneMatch(Problem::isError);
        boolean helperAccepts;
        try {
            Design read = DesignJson.read(DesignJson.write(d), "design");
            helperAccepts = Validator.validate(read).stream().noneMatch(Problem::isError);
        } catch (ProtocolException e) {
            helperAccepts = false;
        }
        assertThat(helperAccepts).as("helper's verdict on '%s' equals the validator's", name).isEqualTo(validatorAccepts);
        assertThat(Names.interfaceNameProblem(name).isPresent()).as("protocol check of '%s'", name).isEqualTo(!validatorAccepts);
    }
}
