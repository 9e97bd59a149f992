package org.mvtd.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;

/** The generator keeps its promises independently of the validator, so the two check each other. */
class RandomDesignsTest {

    @Test
    void sameSeedGivesSameDesign() {
        assertThat(RandomDesigns.generate(42)).isEqualTo(RandomDesigns.generate(42));
        assertThat(RandomDesigns.generate(42)).isNotEqualTo(RandomDesigns.generate(43));
    }

    @Test
    void largeShapeHasTheBenchmarkSize() {
        Design d = RandomDesigns.generate(7, RandomDesigns.Shape.large());
        assertThat(d.hosts()).hasSize(100);
        assertThat(d.hosts()).allSatisfy(h -> assertThat(h.devices()).hasSize(4));
        long endpoints = d.hosts().stream().mapToLong(h -> h.endpoints().size()).sum();
        long passthruDevices = d.hosts().stream().flatMap(h -> h.endpoints().stream())
                .filter(e -> e.mode() == MacvlanMode.PASSTHRU).count();
        assertThat(endpoints).isEqualTo((400 - passthruDevices) * 25 + passthruDevices);
    }

    @Test
    void seedsCoverEveryFeature() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            Design d = RandomDesigns.generate(seed);
            d.switches().forEach(s -> seen.add("hairpin=" + s.hairpin()));
            if (!d.stations().isEmpty()) {
                seen.add("station");
            }
            for (Host h : d.hosts()) {
                if (h.devices().size() > 1) {
                    seen.add("devices>1");
                }
                h.devices().forEach(dev -> seen.add(dev.plugged() ? "plugged" : "unplugged"));
                h.devices().forEach(dev -> seen.add("deviceUp=" + dev.up()));
                for (Endpoint e : h.endpoints()) {
                    seen.add(e.mode() + "/" + e.type());
                    seen.add("endpointUp=" + e.up());
                    seen.add(e.mac() == null ? "noMac" : "mac");
                }
            }
            if (d.guests().stream().anyMatch(g -> !g.nics().isEmpty())) {
                seen.add("guestNic");
            }
        }
        assertThat(seen).contains("hairpin=true", "hairpin=false", "station", "devices>1", "plugged",
                "unplugged", "deviceUp=false", "endpointUp=false", "noMac", "mac", "guestNic",
                "VEPA/MACVTAP", "BRIDGE/MACVTAP", "PRIVATE/MACVTAP", "PASSTHRU/MACVTAP", "BRIDGE/MACVLAN");
    }

    @Property(tries = 300)
    void designsKeepTheRules(@ForAll("designs") Design d) {
        Set<String> macs = new HashSet<>();
        Set<String> usedEndpoints = new HashSet<>();
        for (Host h : d.hosts()) {
            Set<String> names = new HashSet<>();
            h.devices().forEach(dev -> assertThat(names.add(dev.name())).as("unique %s", dev.name()).isTrue());
            for (Endpoint e : h.endpoints()) {
                assertThat(names.add(e.name())).as("unique %s", e.name()).isTrue();
                assertThat(h.device(e.lower())).isPresent();
                if (e.mode() == MacvlanMode.PASSTHRU) {
                    assertThat(h.endpointsOn(e.lower())).containsExactly(e);
                }
                if (e.mac() != null) {
                    assertThat(macs.add(e.mac().toLowerCase(Locale.ROOT))).isTrue();
                    assertThat(Integer.parseInt(e.mac().substring(0, 2), 16) & 1).isZero();
                }
            }
            names.forEach(n -> assertThat(n.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 15));
        }
        for (Guest g : d.guests()) {
            Host h = d.host(g.host()).orElseThrow();
            for (Nic nic : g.nics()) {
                assertThat(h.endpoint(nic.endpoint())).get().extracting(Endpoint::type).isEqualTo(LinkType.MACVTAP);
                assertThat(usedEndpoints.add(g.host() + "/" + nic.endpoint())).isTrue();
            }
        }
        d.stations().forEach(s -> assertThat(d.switchNamed(s.switchName())).isPresent());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }

    @Test
    void examplesAreFound() {
        assertThat(Examples.files()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".mvtd.yaml"));
    }
}
