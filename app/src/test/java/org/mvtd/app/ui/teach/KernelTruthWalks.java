package org.mvtd.app.ui.teach;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * The 18 rows of shared/kernel-truth.md (two endpoints a and b on h/eth0 behind switch sw) and the hop
 * sequences a unicast a to b must take on the canvas, written out by hand.
 */
public final class KernelTruthWalks {
    private KernelTruthWalks() {
    }

    /** The same design as the model's KernelTruthTest. */
    public static Design twoEndpoints(MacvlanMode a, MacvlanMode b, boolean hairpin) {
        return Design.empty("truth")
                .withSwitches(List.of(Switch.of("sw", hairpin)))
                .withStations(List.of(Station.of("router", "sw")))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "sw")),
                        List.of(Endpoint.macvtap("a", "eth0", a), Endpoint.macvtap("b", "eth0", b)))));
    }

    /** A mode, B mode, hairpin, unicast A to B delivered, broadcast A to B delivered: the measured table. */
    public static Stream<Arguments> rows() {
        return Stream.of(
                row("vepa", "vepa", false, false, false),
                row("vepa", "vepa", true, true, true),
                row("vepa", "bridge", false, false, false),
                row("vepa", "bridge", true, true, true),
                row("vepa", "private", false, false, false),
                row("vepa", "private", true, true, false),
                row("bridge", "vepa", false, false, false),
                row("bridge", "vepa", true, true, true),
                row("bridge", "bridge", false, true, true),
                row("bridge", "bridge", true, true, true),
                row("bridge", "private", false, false, false),
                row("bridge", "private", true, true, false),
                row("private", "vepa", false, false, false),
                row("private", "vepa", true, true, false),
                row("private", "bridge", false, false, false),
                row("private", "bridge", true, true, false),
                row("private", "private", false, false, false),
                row("private", "private", true, true, false));
    }

    private static Arguments row(String a, String b, boolean hairpin, boolean unicast, boolean broadcast) {
        return Arguments.of(a, b, hairpin, unicast, broadcast);
    }

    /** "from>to:kind" per step of the unicast a to b. */
    public static List<String> expectedHops(String a, String b, boolean unicast) {
        if (a.equals("bridge") && b.equals("bridge")) {
            return List.of("h/a>h/a:SEND", "h/a>h/eth0:LOCAL_HANDOVER", "h/eth0>h/b:DELIVER");
        }
        if (unicast) {
            return List.of("h/a>h/a:SEND", "h/a>h/eth0:TO_WIRE", "h/eth0>sw:TO_WIRE", "sw>h/eth0:SWITCH_REFLECT",
                    "h/eth0>h/b:DELIVER");
        }
        return List.of("h/a>h/a:SEND", "h/a>h/eth0:TO_WIRE", "h/eth0>sw:TO_WIRE", "sw>sw:DROP");
    }

    /** The narration a learner reads when the frame leaves a's device (tick 1). */
    public static String expectedTransmitRule(String a, String b) {
        return switch (a) {
            case "vepa" -> "VEPA sends every frame to the switch";
            case "private" -> "private mode sends every frame to the switch";
            default -> b.equals("bridge")
                    ? "bridge mode: b is a bridge-mode neighbour on eth0, so the driver hands the frame over without"
                            + " touching the wire"
                    : "bridge mode hands over locally only to up bridge-mode neighbours, and b is not one, so the"
                            + " frame goes out through eth0";
        };
    }

    /** The narration of the walk's last tick. */
    public static String expectedLastRule(String a, String b, boolean unicast) {
        if (a.equals("bridge") && b.equals("bridge")) {
            return "b receives the frame";
        }
        return unicast ? "eth0's receive path finds that the destination MAC belongs to b"
                : "switch sw does not send a frame back out of the port it came in on, and b sits behind that very port";
    }
}
