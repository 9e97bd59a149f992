package org.mvtd.backend.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.LinkEvent;

class MonitorLineTest {
    @Test
    void readsAChangedLink() {
        LinkEvent e = MonitorLine.parse("4: mt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc pfifo_fast state UP "
                + "group 77 \\    link/ether fa:63:5e:cd:22:6a brd ff:ff:ff:ff:ff:ff");
        assertThat(e.resync()).isFalse();
        assertThat(e.name()).isEqualTo("mt0");
        assertThat(e.info().mtu()).isEqualTo(1400);
        assertThat(e.info().operstate()).isEqualTo("UP");
        assertThat(e.info().carrier()).isTrue();
        assertThat(e.info().adminUp()).isTrue();
        assertThat(e.info().mac()).isEqualTo("fa:63:5e:cd:22:6a");
    }

    @Test
    void readsNoCarrierAndDeletion() {
        LinkEvent e = MonitorLine.parse("5: mvl0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue "
                + "state LOWERLAYERDOWN group default \\    link/ether 1e:11:c6:dc:c3:52 brd ff:ff:ff:ff:ff:ff");
        assertThat(e.info().carrier()).isFalse();
        assertThat(e.info().operstate()).isEqualTo("LOWERLAYERDOWN");
        LinkEvent d = MonitorLine.parse("Deleted 5: mvl0@eth0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default \\"
                + "    link/ether 1e:11:c6:dc:c3:52 brd ff:ff:ff:ff:ff:ff");
        assertThat(d.name()).isEqualTo("mvl0");
        assertThat(d.info()).isNull();
    }

    @Test
    void anythingElseAsksForAResync() {
        assertThat(MonitorLine.parse("netlink receive error No buffer space available (105)").resync()).isTrue();
        assertThat(MonitorLine.parse("").resync()).isTrue();
    }
}
