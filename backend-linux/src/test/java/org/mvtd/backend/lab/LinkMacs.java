package org.mvtd.backend.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.mvtd.backend.ip.Ip;

/** Reads a link's MAC as the kernel has it. */
final class LinkMacs {
    private LinkMacs() {
    }

    static Mac read(String netns, String ifname) throws Exception {
        String json = Ip.in(netns).run("-j", "link", "show", "dev", ifname).stdout();
        return Mac.parse(new ObjectMapper().readTree(json).get(0).path("address").asText());
    }
}
