package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** nmstate state, the NMState policy and Multus networks: parsed back and held to their documented schemas. */
class ClusterExportsTest {

    /** Every YAML document in {@code text}, each a mapping. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        parsed(text).forEach(d -> out.add((Map<String, Object>) d));
        return out;
    }

    /** Every YAML document in {@code text}, as SnakeYAML (a YAML 1.1 reader, as kubectl's and Ansible's are) reads it. */
    static List<Object> parsed(String text) {
        List<Object> out = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(text).forEach(out::add);
        return out;
    }

    private static Map<String, Object> only(ExportTarget t, Design d) throws Exception {
        List<ExportedFile> files = t.exporter().export(d, Optional.empty());
        assertThat(files).hasSize(1);
        return documents(files.get(0).content()).get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTourBecomesVlanThenMacVtapAndMacVlanInterfaces() throws Exception {
        Map<String, Object> state = only(ExportTarget.fromCliName("nmstate"), VersionTwoExportsTest.tour());
        NmstateSchema.check(state, VersionTwoExportsTest.tour().host("kvm1").orElseThrow());
        List<Map<String, Object>> ifaces = (List<Map<String, Object>>) state.get("interfaces");
        assertThat(ifaces).extracting(i -> i.get("name")).containsExactly("eth0.100", "mon0", "pt0", "macvtap0", "web0");
        assertThat(ifaces.get(0).get("vlan")).isEqualTo(Map.of("base-iface", "eth0", "id", 100));
        assertThat(ifaces.get(2)).containsEntry("type", "mac-vtap")
                .containsEntry("mac-vtap", Map.of("base-iface", "eth1", "mode", "passthru", "promiscuous", false));
        assertThat(ifaces.get(1)).containsEntry("type", "mac-vlan");
        assertThat(ifaces.get(3)).containsEntry("mac-address", "52:54:00:AA:BB:CC")
                .containsEntry("ipv4", Map.of("enabled", false)).as("vm1's addresses are its own");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkNoGuestUsesCarriesItsAddressesPerFamily() throws Exception {
        Design d = VersionTwoExportsTest.tour().withHost("kvm1",
                h -> h.withEndpoint("mon0", e -> e.withAddresses(List.of("192.0.2.40/24", "2001:db8:100::40/64", "192.0.2.41"))));
        Map<String, Object> state = only(ExportTarget.NMSTATE, d);
        NmstateSchema.check(state, d.host("kvm1").orElseThrow());
        Map<String, Object> mon0 = ((List<Map<String, Object>>) state.get("interfaces")).get(1);
        assertThat(mon0.get("ipv4")).isEqualTo(Map.of("enabled", true, "dhcp", false, "address", List.of(
                Map.of("ip", "192.0.2.40", "prefix-length", 24), Map.of("ip", "192.0.2.41", "prefix-length", 32))));
        assertThat(mon0.get("ipv6")).isEqualTo(Map.of("enabled", true, "dhcp", false, "autoconf", false,
                "address", List.of(Map.of("ip", "2001:db8:100::40", "prefix-length", 64))));
    }

    @Test
    void whatNmstateCannotSayIsWrittenAsComments() throws Exception {
        String text = ExportTarget.NMSTATE.exporter().export(VersionTwoExportsTest.tour(), Optional.empty()).get(0).content();
        assertThat(text).contains("# mon0: nmstate has no key for the source MAC list", "# mon0: nmstate has no key for 'nodst'");
    }

    @Test
    void everyExampleMeetsTheSchema() throws Exception {
        Design withContainer = VersionTwoExportsTest.tour();
        Map<String, Design> all = new java.util.TreeMap<>(ExampleDesigns.all());
        all.put("vlan-and-container", withContainer);
        for (Design d : all.values()) {
            for (Host h : d.hosts()) {
                List<ExportedFile> files = new NmstateExporter().export(d, Optional.of(h.name()));
                NmstateSchema.check(documents(files.get(0).content()).get(0), h);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePolicySelectsEachHostsNodeAndCarriesItsState() throws Exception {
        Design d = ExampleDesigns.example("bridge-mode");
        List<ExportedFile> files = ExportTarget.fromCliName("nmstate-policy").exporter().export(d, Optional.empty());
        assertThat(files).hasSize(d.hosts().size());
        for (int i = 0; i < files.size(); i++) {
            Host h = d.hosts().get(i);
            Map<String, Object> p = documents(files.get(i).content()).get(0);
            assertThat(p).containsEntry("apiVersion", "nmstate.io/v1").containsEntry("kind", "NodeNetworkConfigurationPolicy");
            assertThat((String) ((Map<String, Object>) p.get("metadata")).get("name")).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            Map<String, Object> spec = (Map<String, Object>) p.get("spec");
            assertThat(spec.get("nodeSelector")).isEqualTo(Map.of("kubernetes.io/hostname", h.name()));
            NmstateSchema.check((Map<String, Object>) spec.get("desiredState"), h);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContainerGetsAMacvlanAttachmentWithValidJson() throws Exception {
        Map<String, Object> nad = only(ExportTarget.fromCliName("multus"), VersionTwoExportsTest.tour());
        assertThat(nad).containsEntry("apiVersion", "k8s.cni.cncf.io/v1").containsEntry("kind", "NetworkAttachmentDefinition");
        assertThat(((Map<String, Object>) nad.get("metadata")).get("name")).isEqualTo("web-web0");
        Map<String, Object> cni = new ObjectMapper().readValue((String) ((Map<String, Object>) nad.get("spec")).get("config"), Map.class);
        assertThat(cni).containsEntry("type", "macvlan").containsEntry("master", "eth0.100").containsEntry("mode", "bridge")
                .containsEntry("cniVersion", "0.3.1");
        assertThat(cni.get("ipam")).isEqualTo(Map.of("type", "static", "addresses", List.of(Map.of("address", "192.0.2.30/24"))));
    }

    @Test
    void aSourceModeContainerIsLeftOutWithAWarning() throws Exception {
        Design d = VersionTwoExportsTest.tour().withHost("kvm1", h -> h.withEndpoint("web0", e -> e.inMode(MacvlanMode.SOURCE)));
        String text = new MultusExporter().export(d, Optional.empty()).get(0).content();
        assertThat(text).contains("# warning: the macvlan CNI has no source mode; web0 of web is left out");
        assertThat(documents(text)).isEmpty();
    }

    @Test
    void kubernetesNamesAreSafeAndDistinct() {
        assertThat(K8sNames.name("kvm1")).isEqualTo("kvm1");
        assertThat(K8sNames.name("Host'; rm -rf /")).matches("host-rm-rf-[0-9a-f]{8}");
        assertThat(K8sNames.name("a_b")).isNotEqualTo(K8sNames.name("a.b"));
        assertThat(K8sNames.name("x".repeat(100))).hasSizeLessThanOrEqualTo(63);
    }
}
