package org.mvtd.model.export;

import static org.mvtd.model.export.Shell.comment;
import static org.mvtd.model.export.Shell.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.NicModel;
import org.mvtd.model.export.ExportScope.BoundGuest;
import org.mvtd.model.export.ExportScope.BoundNic;

/**
 * Per guest a small launcher ({@code GUEST.qemu.sh}) that opens each NIC's macvtap tap as fd 3, 4, ...
 * and starts qemu with {@code -netdev tap,fd=N,...} and a matching {@code -device}, as the desktop user:
 * the tap is opened through the user-owned node {@code mvtd apply} made for it, checked to be the
 * character device of {@code /sys/class/net/NAME/macvtap/tapN/dev} (N the link's ifindex). Never
 * {@code /dev/tapN} by name: that node is named per namespace and may belong to another namespace's link.
 * Accelerator and vhost-net are chosen when the script runs, from what this machine can open.
 */
public final class QemuExporter extends PerHostExporter {
    /**
     * What every launcher does before its NICs: where things are (each path overridable, so tests and unusual
     * systems can point elsewhere), the accelerator, vhost-net, and {@code tap_node}, which finds the node
     * {@code mvtd apply} made for the link's tap: {@code TAP_DIR/NETNS/UID/DESIGN-ID/ENDPOINT}, NETNS the inode of
     * the network namespace the script runs in, DESIGN-ID and UID read from the link's alias
     * ({@code macvtap-designer:ID:ENDPOINT:UID}, then the helper's mark), so this script and the helper never compute them twice.
     */
    private static final String PRELUDE = """
            # Apply the design first (mvtd apply FILE --host HOST): it creates the links and, for each of this
            # guest's NICs, a tap node /dev/macvtap-designer/NETNS/UID/DESIGN-ID/ENDPOINT owned by you (NETNS: the
            # inode of this network namespace, stat -L -c %i /proc/self/ns/net). Then run, as yourself:
            #   ./THIS-SCRIPT [more qemu arguments: -m, -drive, -display ...]
            # Links made by the ip-script export have no such nodes: run the script as root for those.
            # Environment: QEMU (the binary), MVTD_ACCEL (kvm or tcg; default kvm when /dev/kvm can be opened),
            # MVTD_TAP_DIR, MVTD_KVM, MVTD_VHOST_NET, MVTD_SYS_NET, MVTD_NETNS (other places for those paths).
            set -euo pipefail
            qemu=${QEMU:-qemu-system-x86_64}
            tap_dir=${MVTD_TAP_DIR:-/dev/macvtap-designer}
            kvm=${MVTD_KVM:-/dev/kvm}
            sys_net=${MVTD_SYS_NET:-/sys/class/net}

            die() {
              printf '%s: %s\\n' "${0##*/}" "$*" >&2
              exit 1
            }
            nodes=$(mktemp -d)
            trap 'rm -rf -- "$nodes"' EXIT

            # KVM when this user can open /dev/kvm, else TCG (slower, but works in any VM or container).
            if [ -n "${MVTD_ACCEL:-}" ]; then
              accel=$MVTD_ACCEL
            elif [ -r "$kvm" ] && [ -w "$kvm" ]; then
              accel=kvm
            else
              accel=tcg
            fi
            @VHOST@
            # tap_node LINK [MAC]: checks LINK is a macvtap (with that MAC, if given) and prints the node to open
            # for its tap: the one mvtd apply made for you, or, for links made otherwise, a private node (root).
            tap_node() {
              local sys="$sys_net/$1" index dev have alias rest owner netns design_id node want
              [ -d "$sys/macvtap" ] || die "link $1 is missing or is not a macvtap; create it first"
              have=$(<"$sys/address")
              if [ -n "${2:-}" ] && [ "$have" != "$2" ]; then
                die "link $1 has MAC $have but the design says $2"
              fi
              index=$(<"$sys/ifindex")
              dev=$(<"$sys/macvtap/tap$index/dev")
              alias=$(cat "$sys/ifalias" 2>/dev/null) || alias=
              if [[ $alias == macvtap-designer:*:"$1":* ]]; then
                rest=${alias#macvtap-designer:}
                design_id=${rest%%:"$1":*}
                rest=${rest#"$design_id":"$1":}
                owner=${rest%%:*}
                netns=$(stat -L -c %i "${MVTD_NETNS:-/proc/self/ns/net}") || die "cannot read this network namespace"
                node="$tap_dir/$netns/$owner/$design_id/$1"
                if [ -L "$node" ] || [ ! -c "$node" ]; then
                  die "no tap node $node for link $1: apply the design with mvtd apply"
                fi
                printf -v want '%x:%x' "${dev%%:*}" "${dev#*:}"
                [ "$(stat -c '%t:%T' "$node")" = "$want" ] || die "$node is not link $1's tap (device $dev): apply the design again"
                if [ "$(id -u)" = 0 ] && [ -z "${MVTD_ALLOW_ROOT:-}" ]; then
                  die "qemu need not run as root: run this script as the owner of $node (uid $(stat -c %u "$node"))"
                fi
                if [ ! -r "$node" ] || [ ! -w "$node" ]; then
                  die "cannot open $node as uid $(id -u): run this script as the user who applied the design"
                fi
                printf '%s' "$node"
                return
              fi
              [ "$(id -u)" = 0 ] || die "link $1 was not made by mvtd apply, so it has no tap node of yours: apply the design, or run as root"
              mknod -m 0600 "$nodes/tap$index" c "${dev%%:*}" "${dev#*:}" || die "cannot make a node for $1's tap"
              printf '%s' "$nodes/tap$index"
            }

            """;

    /** Only in launchers with a NIC that wants vhost-net. */
    private static final String VHOST = """
            # vhost-net only when its device can be opened: qemu aborts on vhost=on without it.
            vhost_net=${MVTD_VHOST_NET:-/dev/vhost-net}
            if [ -r "$vhost_net" ] && [ -w "$vhost_net" ]; then
              vhost=on
            else
              vhost=off
            fi
            """;

    /** The first fd qemu is handed; 0-2 are stdio. */
    private static final int FIRST_FD = 3;

    @Override
    void exportHost(ExportScope scope, Host h, List<ExportedFile> files) throws ExportException {
        Design design = scope.design();
        for (BoundGuest bg : scope.guests(h)) {
            files.add(ExportedFile.script(scope.fileName(h, bg.guest().name(), ".qemu.sh"), launcher(design, h, bg)));
        }
    }

    private static String launcher(Design design, Host h, BoundGuest bg) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("#!/usr/bin/env bash\n");
        sb.append("# Generated by macvtap-designer: starts guest '").append(comment(bg.guest().name()))
                .append("' of design '").append(comment(design.name())).append("' on host '")
                .append(comment(h.name())).append("'.\n");
        boolean vhost = bg.nics().stream().anyMatch(n -> n.nic().model() == NicModel.VIRTIO && n.nic().vhost());
        sb.append(PRELUDE.replace("@VHOST@\n", vhost ? VHOST : ""));
        List<String> qemuArgs = new ArrayList<>();
        qemuArgs.add("-name");
        qemuArgs.add(quote("guest=" + bg.guest().name().replace(",", ",,")));
        qemuArgs.add("-accel");
        qemuArgs.add("\"$accel\"");
        int i = 0;
        for (BoundNic n : bg.nics()) {
            int fd = FIRST_FD + i;
            String name = quote(n.endpoint().name());
            String mac = n.endpoint().mac() == null ? "" : " " + quote(n.endpoint().mac().toLowerCase(Locale.ROOT));
            sb.append("node").append(i).append("=$(tap_node ").append(name).append(mac).append(")\n");
            sb.append("mac").append(i).append("=$(<\"$sys_net\"/").append(name).append("/address)\n");
            sb.append("exec ").append(fd).append("<>\"$node").append(i).append("\"\n");
            qemuArgs.add("-netdev");
            qemuArgs.add("\"tap,fd=" + fd + ",id=n" + i + vhost(n) + "\"");
            qemuArgs.add("-device");
            qemuArgs.add("\"" + device(n.nic().model()) + ",netdev=n" + i + ",mac=$mac" + i + "\"");
            i++;
        }
        sb.append("""
                # The taps are open; private nodes are no longer needed.
                rm -rf -- "$nodes"
                trap - EXIT
                """);
        sb.append("exec \"$qemu\"");
        for (int a = 0; a < qemuArgs.size(); a += 2) {
            sb.append(" \\\n  ").append(qemuArgs.get(a)).append(' ').append(qemuArgs.get(a + 1));
        }
        sb.append(" \\\n  \"$@\"\n");
        return sb.toString();
    }

    /** vhost-net serves only virtio devices. */
    private static String vhost(BoundNic n) {
        if (n.nic().model() != NicModel.VIRTIO) {
            return "";
        }
        return n.nic().vhost() ? ",vhost=$vhost" : ",vhost=off";
    }

    private static String device(NicModel model) {
        return switch (model) {
            case VIRTIO -> "virtio-net-pci";
            case E1000 -> "e1000";
            case RTL8139 -> "rtl8139";
        };
    }
}
