package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mvtd.backend.sys.SafeDir;

/**
 * The part of a link's ownership marker only this helper installation can write: an HMAC, under a secret
 * generation key kept root-only beside the journal, of the network namespace, the design id, the endpoint and
 * the uid. IFLA_IFALIAS alone proves little outside the initial namespace (a user who owns a user namespace may
 * set any alias in a network namespace of their own, and copy ours from {@code ip link}); a copied mark names
 * another namespace, and a made-up one does not verify.
 *
 * <p>Aliases written before the mark existed ({@code ...:ENDPOINT:UID} or {@code ...:ENDPOINT}) are trusted only
 * in the initial network namespace, where setting an alias has always taken real root's CAP_NET_ADMIN; anywhere
 * else they are treated as not ours (teardown names them, and they are never changed).
 */
public final class OwnerMark {
    /** The generation key's file in the journal directory (0600, root's). */
    public static final String KEY_FILE = "generation";
    private static final int KEY_BYTES = 32;
    private static volatile OwnerMark current = ephemeral();
    private final byte[] key;
    private final long netns;
    private final boolean unsignedTrusted;
    /** A planner checks every live link: one keyed Mac per thread, not a provider lookup per link. */
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newMac);

    private OwnerMark(byte[] key, long netns, boolean unsignedTrusted) {
        this.key = key.clone();
        this.netns = netns;
        this.unsignedTrusted = unsignedTrusted;
    }

    /** The mark the helper writes and checks; until {@link #install}, a key made for this process only. */
    public static OwnerMark current() {
        return current;
    }

    public static void install(OwnerMark mark) {
        current = Objects.requireNonNull(mark, "mark");
    }

    /** A mark with a fresh random key (tests, in-process helpers) in this process's namespace. */
    public static OwnerMark ephemeral() {
        byte[] k = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(k);
        return new OwnerMark(k, netnsInode("/proc/self/ns/net"), initialNamespace());
    }

    /** A mark with {@code key} for namespace {@code netns}; {@code unsignedTrusted}: older aliases count. */
    public static OwnerMark of(byte[] key, long netns, boolean unsignedTrusted) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a generation key has at least 16 bytes");
        }
        return new OwnerMark(key, netns, unsignedTrusted);
    }

    /**
     * The installation's mark: its key read from {@code dir} (a root-only directory, the journal's), made there
     * on first start; refused like the journal when the directory or the file cannot be trusted.
     */
    public static OwnerMark load(Path dir) throws IOException {
        try (SafeDir d = SafeDir.open(dir, 0700, 077, true)) {
            byte[] k;
            if (d.lstat(KEY_FILE).isPresent()) {
                k = d.readTrusted(KEY_FILE, 1024);
                if (k.length != KEY_BYTES) {
                    throw new IOException(dir.resolve(KEY_FILE) + " holds " + k.length + " bytes, not a " + KEY_BYTES + "-byte key");
                }
            } else {
                k = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(k);
                d.writeAtomically(KEY_FILE, "." + KEY_FILE + ".tmp", k);
            }
            OwnerMark m = new OwnerMark(k, netnsInode("/proc/self/ns/net"), initialNamespace());
            Arrays.fill(k, (byte) 0);
            return m;
        }
    }

    /** 16 hex digits binding {@code endpoint} of design {@code id}, made for {@code uid}, to this namespace and key. */
    public String tag(DesignId id, String endpoint, int uid) {
        byte[] d = hmac.get().doFinal((netns + ":" + id.value() + ":" + endpoint + ":" + uid).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    /** Whether aliases of versions before the mark prove ownership here (only in the initial namespace). */
    public boolean unsignedTrusted() {
        return unsignedTrusted;
    }

    private static long netnsInode(String path) {
        try {
            return ((Number) Files.getAttribute(Path.of(path), "unix:ino")).longValue();
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable (no /proc, or not root for /proc/1): the mark names no namespace
        }
    }

    private static boolean initialNamespace() {
        long self = netnsInode("/proc/self/ns/net");
        return self != 0 && self == netnsInode("/proc/1/ns/net");
    }
}
