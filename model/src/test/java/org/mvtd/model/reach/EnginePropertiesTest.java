package org.mvtd.model.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
import org.mvtd.model.Station;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.testing.VersionTwoDesigns;

/** Invariants the kernel guarantees, checked over random designs. */
class EnginePropertiesTest {

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }

    @Provide
    Arbitrary<Design> versionTwo() {
        return VersionTwoDesigns.arbitrary();
    }

    @Property(tries = 200)
    void rowsAgreeWithPairByPairRules(@ForAll("designs") Design design) {
        ReachEngine e = ReachEngine.of(design);
        int n = e.nodes().size();
        for (int s = 0; s < n; s++) {
            ReachRow row = e.row(s);
            for (int d = 0; d < n; d++) {
                if (d == s) {
                    assertThat(row.unicast(d) || row.broadcast(d)).isFalse();
                    continue;
                }
                String where = e.nodes().get(s).id() + " -> " + e.nodes().get(d).id();
                assertThat(row.unicast(d)).as("unicast " + where).isEqualTo(e.unicast(s, d));
                assertThat(row.broadcast(d)).as("broadcast " + where).isEqualTo(e.broadcast(s, d));
                assertThat(row.unicastIn().get(d)).as("unicast in " + where).isEqualTo(e.unicast(d, s));
                assertThat(row.broadcastIn().get(d)).as("broadcast in " + where).isEqualTo(e.broadcast(d, s));
                assertThat(row.pingTo(d)).as("ping " + where).isEqualTo(e.ping(s, d));
            }
        }
    }

    @Property(tries = 100)
    void renamingEveryNodeChangesNothing(@ForAll("designs") Design design) {
        Design renamed = rename(design, n -> n.isEmpty() ? n : "r" + n);
        ReachEngine a = ReachEngine.of(design);
        ReachEngine b = ReachEngine.of(renamed);
        assertThat(b.nodes()).hasSameSizeAs(a.nodes());
        for (Pair p : a.report().pairs()) {
            Pair q = b.pair(renameId(p.from()), renameId(p.to()));
            assertThat(List.of(q.unicast(), q.broadcast(), q.ping()))
                    .as(p.from() + " -> " + p.to()).containsExactly(p.unicast(), p.broadcast(), p.ping());
            assertThat(q.path()).containsExactlyElementsOf(p.path().stream().map(EnginePropertiesTest::renameId).toList());
        }
    }

    @Property(tries = 100)
    void addingAnUnpluggedDeviceChangesNoOtherPair(@ForAll("designs") Design design) {
        if (design.hosts().isEmpty()) {
            return;
        }
        Host first = design.hosts().get(0);
        Host grown = first.withDevices(append(first.devices(), Device.of("zznew0", null)))
                .withEndpoints(append(append(first.endpoints(), Endpoint.macvtap("zzb0", "zznew0", MacvlanMode.BRIDGE)),
                        Endpoint.macvtap("zzb1", "zznew0", MacvlanMode.BRIDGE)));
        Design bigger = design.withHost(first.name(), h -> grown);
        ReachEngine a = ReachEngine.of(design);
        ReachEngine b = ReachEngine.of(bigger);
        for (Pair p : a.report().pairs()) {
            Pair q = b.pair(p.from(), p.to());
            assertThat(q).as(p.from() + " -> " + p.to()).isEqualTo(p);
        }
        // The new device's own bridge endpoints still talk to each other locally.
        assertThat(b.pair(first.name() + "/zzb0", first.name() + "/zzb1").ping()).isTrue();
    }

    @Property(tries = 200)
    void bridgeToBridgeOnOneDeviceIsSymmetric(@ForAll("designs") Design design) {
        ReachEngine e = ReachEngine.of(design);
        for (Host h : design.hosts()) {
            List<Endpoint> bridges = h.endpoints().stream().filter(x -> x.mode() == MacvlanMode.BRIDGE).toList();
            for (Endpoint x : bridges) {
                for (Endpoint y : bridges) {
                    if (x != y && x.lower().equals(y.lower())) {
                        Pair xy = e.pair(h.name() + "/" + x.name(), h.name() + "/" + y.name());
                        Pair yx = e.pair(h.name() + "/" + y.name(), h.name() + "/" + x.name());
                        assertThat(List.of(xy.unicast(), xy.broadcast(), xy.ping()))
                                .containsExactly(yx.unicast(), yx.broadcast(), yx.ping());
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void aDownEndpointSendsAndReceivesNothing(@ForAll("designs") Design design) {
        ReachEngine e = ReachEngine.of(design);
        for (Host h : design.hosts()) {
            for (Endpoint x : h.endpoints()) {
                boolean deviceDown = h.device(x.lower()).map(dev -> !dev.up()).orElse(true);
                if (!x.up() || deviceDown) {
                    ReachRow row = e.row(h.name() + "/" + x.name());
                    assertThat(row.unicastIn().isEmpty() && row.broadcastIn().isEmpty()).as("receives").isTrue();
                    assertThat(row.unicastOut().isEmpty() && row.broadcastOut().isEmpty()).as("sends").isTrue();
                }
            }
        }
    }

    @Property(tries = 100)
    void stationsHearEveryLiveNodeOnTheirSwitch(@ForAll("designs") Design design) {
        ReachEngine e = ReachEngine.of(design);
        for (Station st : design.stations()) {
            for (Host h : design.hosts()) {
                for (Endpoint x : h.endpoints()) {
                    Device dev = h.device(x.lower()).orElseThrow();
                    if (x.up() && dev.up() && st.switchName().equals(dev.switchName())) {
                        assertThat(e.pair(h.name() + "/" + x.name(), st.name()).ping()).isTrue();
                        assertThat(e.pair(st.name(), h.name() + "/" + x.name()).ping()).isTrue();
                    }
                }
            }
        }
    }

    @Property(tries = 100)
    void anUpdateAfterAModeChangeEqualsAFreshEngineAndDerivesOneDevice(@ForAll("designs") Design design,
                                                                        @ForAll("modes") MacvlanMode mode) {
        Host host = design.hosts().stream().filter(h -> !h.endpoints().isEmpty()).findFirst().orElse(null);
        if (host == null) {
            return;
        }
        Endpoint target = host.endpoints().get(host.endpoints().size() / 2);
        if (target.mode() == mode || target.mode() == MacvlanMode.PASSTHRU || mode == MacvlanMode.PASSTHRU) {
            return; // passthru's rules forbid neighbours: not a one-field edit
        }
        Design edited = design.withHost(host.name(), h -> h.withEndpoint(target.name(), x -> x.withMode(mode)));
        ReachEngine before = ReachEngine.of(design);
        ReachEngine updated = before.update(edited);
        ReachEngine fresh = ReachEngine.of(edited);
        assertThat(updated.derivedDevices()).isEqualTo(1);
        assertThat(updated.report()).isEqualTo(fresh.report());
    }

    @Property(tries = 200)
    void anyOneFieldEditUpdatesToWhatAFreshEngineSays(@ForAll("designs") Design design,
                                                      @ForAll("edits") int edit, @ForAll("picks") int pick) {
        Design edited = design;
        List<Host> hosts = design.hosts();
        switch (edit) {
            case 0 -> {
                if (!design.switches().isEmpty()) {
                    var sw = design.switches().get(pick % design.switches().size());
                    edited = design.withSwitch(sw.name(), x -> x.withHairpin(!x.hairpin()));
                }
            }
            case 1 -> {
                if (!hosts.isEmpty() && !hosts.get(pick % hosts.size()).devices().isEmpty()) {
                    Host h = hosts.get(pick % hosts.size());
                    Device dev = h.devices().get(pick % h.devices().size());
                    edited = design.withHost(h.name(), x -> x.withDevice(dev.name(), y -> y.withUp(!y.up())));
                }
            }
            default -> {
                if (!hosts.isEmpty() && !hosts.get(pick % hosts.size()).endpoints().isEmpty()) {
                    Host h = hosts.get(pick % hosts.size());
                    Endpoint ep = h.endpoints().get(pick % h.endpoints().size());
                    edited = design.withHost(h.name(), x -> x.withEndpoint(ep.name(), y -> y.withUp(!y.up())));
                }
            }
        }
        ReachEngine updated = ReachEngine.of(design).update(edited);
        assertThat(updated.report()).isEqualTo(ReachEngine.of(edited).report());
        assertThat(updated.matrix().nodes()).isEqualTo(ReachEngine.of(edited).nodes());
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<MacvlanMode> modes() {
        return Arbitraries.of(MacvlanMode.class);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static String renameId(String id) {
        if (id.contains("/")) {
            String[] parts = id.split("/", 2);
            return "r" + parts[0] + "/r" + parts[1];
        }
        return "r" + id;
    }

    /** Renames every switch, station, host, device, endpoint and guest, and every reference to them. */
    static Design rename(Design d, UnaryOperator<String> r) {
        return d.withSwitches(d.switches().stream().map(s -> s.withName(r.apply(s.name()))).toList())
                .withStations(d.stations().stream()
                        .map(s -> s.withName(r.apply(s.name())).withSwitchName(r.apply(s.switchName()))).toList())
                .withHosts(d.hosts().stream().map(h -> h.withName(r.apply(h.name()))
                        .withDevices(h.devices().stream().map(x -> x.withName(r.apply(x.name()))
                                .withSwitchName(x.switchName() == null ? null : r.apply(x.switchName()))).toList())
                        .withEndpoints(h.endpoints().stream()
                                .map(x -> x.withName(r.apply(x.name())).withLower(r.apply(x.lower()))).toList()))
                        .toList())
                .withGuests(d.guests().stream().map(g -> g.withName(r.apply(g.name())).withHost(r.apply(g.host()))
                        .withNics(g.nics().stream().map(n -> n.withEndpoint(r.apply(n.endpoint()))).toList()))
                        .toList());
    }


    @Property(tries = 150)
    void versionTwoRowsAgreeWithPairByPairRules(@ForAll("versionTwo") Design design) {
        rowsAgreeWithPairByPairRules(design);
        ReachEngine e = ReachEngine.of(design);
        e.forEachPair(p -> assertThat(!p.ping6() || p.unicast() && p.broadcast()).as(p.from() + " -> " + p.to()).isTrue());
    }
}
