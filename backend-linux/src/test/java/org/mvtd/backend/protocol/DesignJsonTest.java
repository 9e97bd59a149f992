package org.mvtd.backend.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.Designs;
import org.mvtd.model.Design;

class DesignJsonTest {
    @Test
    void roundTripsADesign() throws Exception {
        Design d = Designs.small("lab");
        assertThat(DesignJson.read(DesignJson.write(d), "design")).isEqualTo(d);
    }

    @Test
    void defaultsFollowFormatMd() throws Exception {
        ObjectNode o = (ObjectNode) Wire.JSON.readTree("{\"version\":1,\"name\":\"n\",\"hosts\":[{\"name\":\"h\","
                + "\"devices\":[{\"name\":\"eth0\"}],\"endpoints\":[{\"name\":\"m0\",\"lower\":\"eth0\"}]}]}");
        Design d = DesignJson.read(o, "design");
        var ep = d.hosts().get(0).endpoints().get(0);
        assertThat(ep.type().kernelName()).isEqualTo("macvtap");
        assertThat(ep.mode().kernelName()).isEqualTo("vepa");
        assertThat(ep.up()).isTrue();
        assertThat(d.hosts().get(0).devices().get(0).hostAddress()).isTrue();
    }

    @Test
    void errorsNameTheFieldPath() throws Exception {
        ObjectNode o = DesignJson.write(Designs.small("lab"));
        ((ObjectNode) o.path("hosts").get(0).path("endpoints").get(1)).put("mac", "01:00:5e:00:00:01");
        assertThatThrownBy(() -> DesignJson.read(o, "design")).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.field()).isEqualTo("design.hosts[0].endpoints[1].mac"));
        ObjectNode o2 = DesignJson.write(Designs.small("lab"));
        ((ObjectNode) o2.path("hosts").get(0).path("endpoints").get(0)).put("mdoe", "bridge");
        assertThatThrownBy(() -> DesignJson.read(o2, "design")).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.field()).isEqualTo("design.hosts[0].endpoints[0].mdoe"));
        ObjectNode o3 = DesignJson.write(Designs.small("lab"));
        ((ObjectNode) o3.path("hosts").get(0).path("endpoints").get(0)).put("mode", "bridged");
        assertThatThrownBy(() -> DesignJson.read(o3, "design")).isInstanceOfSatisfying(ProtocolException.class,
                e -> assertThat(e.getMessage()).contains("unknown mode 'bridged'"));
    }
}
