package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvtd.model.Device;
import org.mvtd.model.Host;

/**
 * nmstate's documented schema for the keys the exports write (nmstate 2.2 API: the {@code Interface},
 * {@code MacVlanConfig}/{@code MacVtapConfig}, {@code VlanConfig} and {@code InterfaceIp} types), checked on the
 * parsed YAML, since Debian 12 packages no nmstatectl: only known keys, each with its type and allowed values, and
 * every base-iface a device of the host or an interface of the same state.
 */
final class NmstateSchema {
    private static final Set<String> IFACE_KEYS = Set.of("name", "type", "state", "mac-address", "ipv4", "ipv6",
            "vlan", "mac-vlan", "mac-vtap");
    private static final Set<String> MODES = Set.of("vepa", "bridge", "private", "passthru", "source");

    private NmstateSchema() {
    }

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> state, Host host) {
        assertThat(state).containsOnlyKeys("interfaces");
        Set<String> known = new HashSet<>(host.devices().stream().map(Device::name).toList());
        for (Object o : (List<Object>) state.get("interfaces")) {
            Map<String, Object> i = (Map<String, Object>) o;
            assertThat(i.keySet()).isSubsetOf(IFACE_KEYS);
            assertThat(i.get("name")).isInstanceOf(String.class);
            assertThat(i.get("type")).isIn("vlan", "mac-vlan", "mac-vtap");
            assertThat(i.get("state")).isIn("up", "down");
            if (i.containsKey("mac-address")) {
                assertThat((String) i.get("mac-address")).matches("([0-9A-F]{2}:){5}[0-9A-F]{2}");
            }
            String type = (String) i.get("type");
            Map<String, Object> conf = (Map<String, Object>) i.get(type);
            assertThat(conf).as("%s needs its %s section", i.get("name"), type).isNotNull();
            assertThat(known).as("base-iface of %s", i.get("name")).contains((String) conf.get("base-iface"));
            if (type.equals("vlan")) {
                assertThat(conf).containsOnlyKeys("base-iface", "id");
                assertThat((Integer) conf.get("id")).isBetween(1, 4094);
            } else {
                assertThat(conf).containsOnlyKeys("base-iface", "mode", "promiscuous");
                assertThat(conf.get("mode")).isIn(MODES.toArray());
                assertThat(conf.get("promiscuous")).isInstanceOf(Boolean.class);
            }
            for (String family : List.of("ipv4", "ipv6")) {
                Map<String, Object> ip = (Map<String, Object>) i.get(family);
                assertThat(ip.keySet()).isSubsetOf("enabled", "dhcp", "autoconf", "address");
                assertThat(ip.get("enabled")).isInstanceOf(Boolean.class);
                for (Object a : (List<Object>) ip.getOrDefault("address", List.of())) {
                    Map<String, Object> addr = (Map<String, Object>) a;
                    assertThat(addr).containsOnlyKeys("ip", "prefix-length");
                    assertThat(((String) addr.get("ip")).contains(":")).isEqualTo(family.equals("ipv6"));
                    assertThat((Integer) addr.get("prefix-length")).isBetween(0, family.equals("ipv6") ? 128 : 32);
                }
            }
            known.add((String) i.get("name"));
        }
    }
}
