package org.mvtd.app.ui.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportOptions;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.yaml.DesignYaml;

/** What File → Export offers as files: each of the command line's {@code export --to} targets, and the design itself. */
public enum ExportKind {
    LIBVIRT_DOMAIN(ExportTarget.LIBVIRT_DOMAIN, "libvirt _Domain XML\u2026", "per guest a domain with its macvtap NICs (virsh define)"),
    LIBVIRT_NETWORK(ExportTarget.LIBVIRT_NETWORK, "libvirt _Network XML\u2026", "per lower device and mode a network, and guests using it"),
    IP_SCRIPT(ExportTarget.IP_SCRIPT, "_ip Script\u2026", "per host an idempotent links script and its teardown"),
    QEMU(ExportTarget.QEMU, "_qemu Command Line\u2026", "per guest a script handing each tap to qemu as an fd"),
    NETWORKD(ExportTarget.NETWORKD, "systemd-network_d Files\u2026", ".netdev and .network files for /etc/systemd/network"),
    NETWORKMANAGER(ExportTarget.NETWORKMANAGER, "Network_Manager Keyfiles\u2026", ".nmconnection files for /etc/NetworkManager/system-connections"),
    NMCLI(ExportTarget.NMCLI, "nm_cli Script\u2026", "per host a script making the same profiles with nmcli"),
    VIRT_INSTALL(ExportTarget.VIRT_INSTALL, "_virt-install / virsh\u2026", "per vm its virt-install --network options and virsh attach-interface commands"),
    DOCKER(ExportTarget.DOCKER, "Doc_ker Script\u2026", "per host docker macvlan networks and network connect commands for its containers"),
    NMSTATE(ExportTarget.NMSTATE, "nm_state YAML\u2026", "per host an nmstate desired state with its VLANs, mac-vlan/mac-vtap links and addresses"),
    NMSTATE_POLICY(ExportTarget.NMSTATE_POLICY, "Kubernetes NMState _Policy\u2026", "per host a NodeNetworkConfigurationPolicy selecting its node"),
    MULTUS(ExportTarget.MULTUS, "Kubernetes M_ultus Networks\u2026", "per host a NetworkAttachmentDefinition (macvlan CNI) per container NIC"),
    ANSIBLE(ExportTarget.ANSIBLE, "_Ansible Playbook\u2026", "an inventory and a playbook of community.general.nmcli tasks per host"),
    DESIGN(null, "Design File (_YAML)\u2026", "the design as a .mvtd.yaml file, as Save writes it");

    private final ExportTarget target;
    private final String menuText;
    private final String description;

    ExportKind(ExportTarget target, String menuText, String description) {
        this.target = target;
        this.menuText = menuText;
        this.description = description;
    }

    /** The menu item's text, with its mnemonic. */
    public String menuText() {
        return menuText;
    }

    /** The title without mnemonic or ellipsis ("libvirt Domain XML"). */
    public String title() {
        return menuText.replace("_", "").replace("\u2026", "");
    }

    public String description() {
        return description;
    }

    /** The command line's name for it ({@code libvirt-domain}), or {@code yaml}; menu item ids use it. */
    public String id() {
        return target == null ? "yaml" : target.cliName();
    }

    /** The files for every host of {@code design}; {@code baseName} names the design file. */
    List<ExportedFile> files(Design design, String baseName, ExportOptions options) throws ExportException {
        Objects.requireNonNull(design, "design");
        if (target == null) {
            return List.of(ExportedFile.text(baseName + ".mvtd.yaml", DesignYaml.toYaml(design)));
        }
        return target.exporter(options).export(design, Optional.empty());
    }
}
