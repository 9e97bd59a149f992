package org.mvtd.model.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Kubernetes object names (RFC 1123 labels: lower-case letters, digits and '-', at most 63) made from free text. */
final class K8sNames {
    private static final int MAX = 63;

    private K8sNames() {
    }

    /**
     * {@code text} lower-cased with every other character as '-'; when that changed or cut it, a short hash of the
     * original follows, so two different names never map to the same object.
     */
    static String name(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        boolean exact = s.equals(text) && s.length() <= MAX;
        if (exact) {
            return s;
        }
        String hash = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
        String head = s.length() > MAX - 9 ? s.substring(0, MAX - 9).replaceAll("-+$", "") : s;
        return head.isEmpty() ? "x-" + hash : head + "-" + hash;
    }
}
