package org.mvtd.model.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.fix.Diagnoser;
import org.mvtd.model.fix.Fix;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * The guided lessons: one per mode, the unreachable host and its two fixes, the unreachable container and
 * its quick fix, VLANs. Designs are bundled.
 */
public final class Lessons {
    /** Designs used only by lessons; the shipped examples come from {@link #EXAMPLES}. */
    private static final String ROOT = "/org/mvtd/model/lesson/";
    /** The shipped example designs (one copy, also installed as documentation and used by tests). */
    public static final String EXAMPLES = "/org/mvtd/model/examples/";
    private static final String CONTAINERS = "container-host.mvtd.yaml";
    private static final String VLANS = "vlan-segments.mvtd.yaml";

    private static final List<Lesson> CATALOGUE = List.of(
            new Lesson("vepa", "VEPA: every frame goes to the switch",
                    "In VEPA mode an endpoint sends every frame out of the NIC, even to a neighbour on the same"
                            + " NIC. Whether neighbours meet is up to the switch: an ordinary switch never sends a"
                            + " frame back out of the port it came in on; a reflective-relay (hairpin) switch does.",
                    List.of(new Question("Behind an ordinary switch: whom can the web guest ping?",
                                    "vepa-plain.mvtd.yaml", "kvmhost/macvtap0",
                                    "Nobody: both guests hang off the same switch port, and an ordinary switch never"
                                            + " sends a frame back where it came from."),
                            new Question("Now the switch does hairpin (802.1Qbg reflective relay): whom can web ping?",
                                    "vepa-hairpin.mvtd.yaml", "kvmhost/macvtap0",
                                    "The database guest: the switch reflects the frame back down the same port, and"
                                            + " the NIC hands it to the other endpoint."))),
            new Lesson("bridge", "Bridge: neighbours talk inside the driver",
                    "In bridge mode the macvlan driver delivers frames between bridge-mode endpoints on the same"
                            + " NIC itself, without touching the wire. Everything else still goes out to the switch.",
                    List.of(new Question("Whom can the uperf-client guest ping?", "bridge-mode.mvtd.yaml",
                            "kvmhost/macvtap0",
                            "Its bridge-mode neighbour (inside the driver) and the router (through the switch), but"
                                    + " not the host's own stack on eth0: frames never come back to it."))),
            new Lesson("private", "Private: neighbours never hear each other",
                    "Private mode is VEPA with one more rule: a broadcast that comes back from the switch is given"
                            + " only to its sender. Neighbours never hear each other's ARP requests.",
                    List.of(new Question("The switch does hairpin. Whom can tenant-a ping?",
                            "private-isolation.mvtd.yaml", "kvmhost/tenant-a",
                            "Only the gateway. A unicast to tenant-b does arrive (the hairpin switch reflects it),"
                                    + " but tenant-a's ARP broadcast never reaches tenant-b, so ping fails unless"
                                    + " the neighbours are static."))),
            new Lesson("passthru", "Passthru: one guest owns the NIC (SR-IOV)",
                    "In passthru mode one endpoint takes the whole lower device, typically an SR-IOV virtual"
                            + " function: it inherits the device's MAC address and every unicast frame. The kernel"
                            + " refuses a second endpoint beside it.",
                    List.of(new Question("The nfv guest owns virtual function enp3s0f0v1. Whom can it ping?",
                            "passthru-sriov.mvtd.yaml", "kvmhost/macvtap9",
                            "The host's stack on eth0: the VF and eth0 are two ports of the same switch, so frames"
                                    + " between them go out and come back like between two machines."))),
            new Lesson("host-guests", "Why can't my host ping its guest?",
                    "The classic macvtap surprise: a host cannot reach its own guests through the NIC they share,"
                            + " whatever the mode, because frames the host sends out of a NIC are never looked at"
                            + " by that NIC's own endpoints. There are two fixes.",
                    List.of(new Question("Whom can the host's own stack on eth0 ping?", "bridge-mode.mvtd.yaml",
                                    "kvmhost/eth0",
                                    "Only the router. The guests hang off the same NIC, and the switch never sends"
                                            + " the host's frames back."),
                            new Question("Fix one: the switch now does hairpin. Whom can the host ping?",
                                    "bridge-mode-hairpin.mvtd.yaml", "kvmhost/eth0",
                                    "Everyone: the switch reflects the host's frames back down eth0, where the"
                                            + " driver hands them to the guests."),
                            new Question("Fix two: the host talks through vlan0, a macvlan shim in bridge mode."
                                    + " Whom can the shim ping?", "host-shim.mvtd.yaml", "kvmhost/vlan0",
                                    "The guest: the shim is a bridge-mode neighbour of the guest's endpoint, so the"
                                            + " driver delivers locally, no special switch needed."))),
            new Lesson("host-container", "Why can't my host reach my macvlan container?",
                    "Docker's and Podman's macvlan networks give each container its own macvlan endpoint in bridge"
                            + " mode on the host's NIC. The containers reach the LAN and each other, yet the host"
                            + " cannot reach them, nor they the host: the host's stack sits on the NIC itself, and"
                            + " the driver never hands frames between a NIC's own stack and its endpoints. It is not"
                            + " a firewall, and no iptables rule fixes it.",
                    List.of(new Question("Whom can the host's own stack on eth0 (192.168.1.10) ping?",
                                    CONTAINERS, "dockerhost/eth0",
                                    "Only the router. The containers hang off eth0 itself: what the host sends"
                                            + " goes out to the switch, and an ordinary switch never sends a frame"
                                            + " back down the port it came in on."),
                            new Question("Whom can the web container (192.168.1.50) ping?", CONTAINERS,
                                    "dockerhost/mv-web",
                                    "The db container (bridge-mode neighbours meet inside the driver) and the"
                                            + " router, but not the host: the frame for 192.168.1.10 goes out to the"
                                            + " switch too, and never comes back."),
                            new Question("The quick fix \u201chost shim\u201d adds shim0, a bridge-mode macvlan of"
                                    + " the host's own on eth0, and moves the host's address onto it. Whom can the"
                                    + " host, now on shim0, ping?", CONTAINERS, "dockerhost/shim0",
                                    "Everyone: shim0 is one more bridge-mode neighbour, so the driver delivers to"
                                            + " both containers locally, and the router is still reached through"
                                            + " the switch. On the host: ip link add shim0 link eth0 type macvlan"
                                            + " mode bridge, move eth0's address and routes to shim0, bring it up.",
                                    new QuickFix("dockerhost/eth0", "dockerhost/mv-web",
                                            "host shim on dockerhost/eth0")))),
            new Lesson("vlans", "VLANs: eth0.100 is a segment of its own",
                    "A VLAN device such as eth0.100 tags what it sends with VLAN 100 and receives only frames"
                            + " tagged 100. It shares eth0's cable and switch port, but the switch keeps VLANs"
                            + " apart: untagged frames and frames of other VLANs never meet it. Endpoints on"
                            + " eth0.100 live in VLAN 100 with it.",
                    List.of(new Question("Whom can the phone-pbx guest (macvtap0 on eth0.100) ping?", VLANS,
                                    "kvmhost/macvtap0",
                                    "sip-proxy, its bridge-mode neighbour on eth0.100, and voip-gw, the VLAN 100"
                                            + " station. Not the printer or the fileserver (untagged), not the"
                                            + " camera (VLAN 200), and not the host's own stacks."),
                            new Question("Whom can the fileserver guest (macvtap2 on the untagged eth0) ping?",
                                    VLANS, "kvmhost/macvtap2",
                                    "Only the printer. Sharing the cable does not put it into VLAN 100: the"
                                            + " untagged segment and VLAN 100 meet only through a router."),
                            new Question("Whom can the host's own stack on eth0.100 ping?", VLANS,
                                    "kvmhost/eth0.100",
                                    "Only voip-gw. The host is in VLAN 100 there, but eth0.100's endpoints hang"
                                            + " off it, so the rule of eth0 holds again: the host never reaches the"
                                            + " endpoints of the device it sends on. A shim on eth0.100 fixes it."))));

    private Lessons() {
    }

    public static List<Lesson> catalogue() {
        return CATALOGUE;
    }

    public static Optional<Lesson> byId(String id) {
        return CATALOGUE.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The bundled design a question is about. */
    public static LoadedDesign design(Question q) {
        InputStream found = Lessons.class.getResourceAsStream(EXAMPLES + q.design());
        if (found == null) {
            found = Lessons.class.getResourceAsStream(ROOT + q.design());
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("lesson design " + q.design() + " is not bundled");
            }
            return DesignYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), q.design());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DesignFormatException e) {
            throw new IllegalStateException("bundled lesson design " + q.design() + " is broken: " + e.getMessage(), e);
        }
    }

    /** The design the question is asked about: the bundled one, with the question's quick fix applied. */
    public static Design designOf(Question q) {
        Design d = design(q).design();
        return quickFix(q, d).map(Fix::result).orElse(d);
    }

    /** The fix the question applies, as the engine's Diagnoser offers it; empty for a question without one. */
    public static Optional<Fix> quickFix(Question q) {
        return quickFix(q, design(q).design());
    }

    private static Optional<Fix> quickFix(Question q, Design bundled) {
        QuickFix want = q.quickFix();
        if (want == null) {
            return Optional.empty();
        }
        return Optional.of(Diagnoser.diagnose(bundled, want.from(), want.to()).fixes().stream()
                .filter(f -> f.name().equals(want.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine offers no fix '" + want.name() + "' for "
                        + want.from() + " -> " + want.to() + " in " + q.design())));
    }

    /** The nodes the learner decides about: every node but the source, in node order. */
    public static List<String> candidates(Question q) {
        return ReachEngine.of(designOf(q)).nodes().stream().map(Node::id).filter(id -> !id.equals(q.from()))
                .toList();
    }

    /** Grades a prediction: {@code predicted} holds the nodes the learner believes {@code from} can ping. */
    public static Grade grade(Question q, Set<String> predicted) {
        ReachEngine e = ReachEngine.of(designOf(q));
        List<Answer> answers = new ArrayList<>();
        for (String node : candidates(q)) {
            var pair = e.pair(q.from(), node);
            answers.add(new Answer(node, pair.ping(), predicted.contains(node), pair.why()));
        }
        return new Grade(answers);
    }
}
