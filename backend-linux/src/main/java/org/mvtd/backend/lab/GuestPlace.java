package org.mvtd.backend.lab;

import java.util.Objects;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;

/** Where a measured interface lives, and how to run a shell line there: a lab namespace or a real guest. */
sealed interface GuestPlace {
    /** Runs one shell line; status 0 means it worked. */
    GuestVm.Reply sh(String line) throws LabException;

    /** The ping to use there (busybox's in both, so both sides ping alike). */
    String ping();

    String describe();

    /** A namespace of the lab: {@code sh -c} through {@code ip netns exec}, iproute2 for {@code ip}. */
    record Netns(String name) implements GuestPlace {
        public Netns {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public GuestVm.Reply sh(String line) {
            IpResult r = Ip.host().tryRun("netns", "exec", name, "sh", "-c", line);
            return new GuestVm.Reply(r.exitCode(), r.stdout() + r.stderr());
        }

        @Override
        public String ping() {
            return "busybox ping";
        }

        @Override
        public String describe() {
            return "namespace " + name;
        }
    }

    /** A real guest, through its serial console. */
    record Vm(GuestVm vm) implements GuestPlace {
        public Vm {
            Objects.requireNonNull(vm, "vm");
        }

        @Override
        public GuestVm.Reply sh(String line) throws LabException {
            return vm.sh(line, 30_000);
        }

        @Override
        public String ping() {
            return "ping";
        }

        @Override
        public String describe() {
            return "guest " + vm.name();
        }
    }

    /** {@code s} as one single-quoted shell word. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
