package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;

/** The Ansible inventory and playbook: valid YAML, one play per host, nmcli module parameters as the module names them. */
class AnsibleExportTest {
    /** community.general.nmcli's parameters the export may use, and the macvlan sub-options. */
    private static final Set<String> NMCLI_PARAMS = Set.of("conn_name", "ifname", "type", "vlandev", "vlanid", "macvlan",
            "method4", "ip4", "method6", "ip6", "autoconnect", "state");

    @Test
    @SuppressWarnings("unchecked")
    void thePlaybookHasAnNmcliTaskPerProfileWithNetworkManagersModeNumbers() throws Exception {
        List<ExportedFile> files = ExportTarget.fromCliName("ansible").exporter().export(VersionTwoExportsTest.tour(), Optional.empty());
        assertThat(files).extracting(ExportedFile::name).containsExactly("inventory.yml", "playbook.yml");
        Map<String, Object> inv = ClusterExportsTest.documents(files.get(0).content()).get(0);
        assertThat(inv).isEqualTo(Map.of("all", Map.of("children", Map.of("macvtap_designer",
                Map.of("hosts", Map.of("kvm1", Map.of("mvtd_design_host", "kvm1")))))));
        List<Object> plays = (List<Object>) ClusterExportsTest.parsed(files.get(1).content()).get(0);
        assertThat(plays).hasSize(1);
        Map<String, Object> play = (Map<String, Object>) plays.get(0);
        assertThat(play).containsEntry("hosts", "kvm1").containsEntry("become", true);
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) play.get("tasks");
        assertThat(tasks).hasSize(5);
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        for (Map<String, Object> t : tasks) {
            Map<String, Object> p = (Map<String, Object>) t.get("community.general.nmcli");
            assertThat(p.keySet()).isSubsetOf(NMCLI_PARAMS);
            byName.put((String) p.get("conn_name"), p);
        }
        assertThat(byName.get("eth0.100")).containsEntry("type", "vlan").containsEntry("vlandev", "eth0").containsEntry("vlanid", 100);
        assertThat(byName.get("mon0").get("macvlan")).as("source is the module's 5")
                .isEqualTo(Map.of("mode", 5, "parent", "eth0", "promiscuous", true, "tap", false));
        assertThat(byName.get("pt0").get("macvlan")).isEqualTo(Map.of("mode", 4, "parent", "eth1", "promiscuous", false, "tap", true));
        assertThat(byName.get("web0")).containsEntry("method4", "disabled").as("the container's address is set inside");
        assertThat(byName.get("eth0.100")).containsEntry("state", "present").containsEntry("autoconnect", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostileHostNamesBecomeSafeInventoryNamesAndEveryExampleParses() throws Exception {
        for (Design d : ExampleDesigns.all().values()) {
            List<ExportedFile> files = new AnsibleExporter().export(d, Optional.empty());
            Map<String, Object> inv = ClusterExportsTest.documents(files.get(0).content()).get(0);
            Map<String, Object> hosts = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    inv.get("all")).get("children")).get("macvtap_designer")).get("hosts");
            assertThat(hosts).hasSize(d.hosts().size());
            assertThat(hosts.keySet()).allSatisfy(k -> assertThat(k).matches("[a-z0-9][-a-z0-9]*"));
            assertThat(ClusterExportsTest.parsed(files.get(1).content())).singleElement().asList().hasSize(d.hosts().size());
        }
    }
}
