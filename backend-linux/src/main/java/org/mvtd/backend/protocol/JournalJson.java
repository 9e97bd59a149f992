package org.mvtd.backend.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.JournalEntry;
import org.mvtd.backend.link.LinkSnapshot;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Reads a journal entry back with the same strict reader as requests ({@link Fields}): typed fields, unknown
 * keys refused, lists bounded, every name and MAC through the same allow-lists as a request's design. A root
 * helper acts on what it reads here at start-up, before any client speaks, so nothing in it is trusted.
 */
public final class JournalJson {
    private JournalJson() {
    }

    /** The decoder the helper gives its {@link Journal}. */
    public static JournalEntry read(byte[] json) throws Journal.InvalidEntryException {
        JsonNode root;
        try {
            root = Wire.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new Journal.InvalidEntryException("not one JSON object: " + Fields.printable(String.valueOf(e.getOriginalMessage())));
        } catch (IOException | IllegalArgumentException e) {
            throw new Journal.InvalidEntryException("unreadable: " + Fields.printable(String.valueOf(e.getMessage())));
        }
        try {
            return entry(Fields.of(root, ""));
        } catch (ProtocolException e) {
            throw new Journal.InvalidEntryException("field '" + e.field() + "': " + e.getMessage());
        }
    }

    private static JournalEntry entry(Fields f) throws ProtocolException {
        String id = f.text("designId");
        try {
            new DesignId(id);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.bad(f.path("designId"), Fields.printable(e.getMessage()));
        }
        long group = f.integer("group", 0, 0xffffffffL);
        List<LinkSnapshot> before = new ArrayList<>();
        for (Fields.Element e : DesignJson.items(f, "before")) {
            before.add(snapshot(e.fields()));
        }
        int uid = (int) f.integer("uid", 0, Integer.MAX_VALUE);
        int floor = (int) f.integer("ifindexFloor", 0, Integer.MAX_VALUE);
        f.done();
        return new JournalEntry(id, group, before, uid, floor);
    }

    private static LinkSnapshot snapshot(Fields s) throws ProtocolException {
        String name = Names.interfaceName(s.text("name"), s.path("name"));
        boolean present = s.bool("present", false);
        String type = null;
        String lower = null;
        String mode = null;
        String mac = null;
        if (present) {
            type = DesignJson.enumOf(s, "type", null, LinkType::fromKernelName).kernelName();
            lower = Names.interfaceName(s.text("lower"), s.path("lower"));
            mode = DesignJson.enumOf(s, "mode", null, MacvlanMode::fromKernelName).kernelName();
            String m = s.optText("mac").orElse(null);
            mac = m == null ? null : Names.mac(m, s.path("mac"));
        } else {
            for (String key : new String[] {"type", "lower", "mode", "mac"}) {
                if (s.has(key)) {
                    throw ProtocolException.bad(s.path(key), "an absent link has no " + key);
                }
                s.optText(key);
            }
        }
        boolean up = s.bool("up", false);
        int nodeUid = (int) s.integer("nodeUid", -1, Integer.MAX_VALUE);
        int ifindex = (int) s.integer("ifindex", 0, Integer.MAX_VALUE);
        int lowerIndex = (int) s.integer("lowerIndex", 0, Integer.MAX_VALUE);
        String alias = s.optText("alias").orElse(null);
        if (alias != null && !alias.matches("[\\x20-\\x7e]{1,255}")) {
            throw ProtocolException.bad(s.path("alias"), "an alias is 1 to 255 printable ASCII characters");
        }
        s.done();
        return new LinkSnapshot(name, present, type, lower, mode, mac, up, nodeUid, ifindex, lowerIndex, alias);
    }
}
