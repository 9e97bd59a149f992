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
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/** The guided lessons: one per mode, the unreachable host and its two fixes. Designs are bundled. */
public final class Lessons {
    /** Designs used only by lessons; the shipped examples come from {@link #EXAMPLES}. */
    private static final String ROOT = "/org/mvtd/model/lesson/";
    /** The shipped example designs (one copy, also installed as documentation and used by tests). */
    public static final String EXAMPLES = "/org/mvtd/model/examples/";

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
                                            + " driver delivers locally, no special switch needed."))));

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

    /** The nodes the learner decides about: every node but the source, in node order. */
    public static List<String> candidates(Question q) {
        return ReachEngine.of(design(q).design()).nodes().stream().map(Node::id).filter(id -> !id.equals(q.from()))
                .toList();
    }

    /** Grades a prediction: {@code predicted} holds the nodes the learner believes {@code from} can ping. */
    public static Grade grade(Question q, Set<String> predicted) {
        Design d = design(q).design();
        ReachEngine e = ReachEngine.of(d);
        List<Answer> answers = new ArrayList<>();
        for (String node : candidates(q)) {
            var pair = e.pair(q.from(), node);
            answers.add(new Answer(node, pair.ping(), predicted.contains(node), pair.why()));
        }
        return new Grade(answers);
    }
}
