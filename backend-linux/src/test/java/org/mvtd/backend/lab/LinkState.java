package org.mvtd.backend.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.mvtd.backend.ip.Ip;

/** Reads what the kernel says about one link. */
final class LinkState {
    private LinkState() {
    }

    static Mac mac(String netns, String ifname) throws Exception {
        return Mac.parse(show(netns, ifname).path("address").asText());
    }

    static String operstate(String netns, String ifname) throws Exception {
        return show(netns, ifname).path("operstate").asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode show(String netns, String ifname) throws Exception {
        String json = Ip.in(netns).run("-j", "link", "show", "dev", ifname).stdout();
        return new ObjectMapper().readTree(json).get(0);
    }
}
