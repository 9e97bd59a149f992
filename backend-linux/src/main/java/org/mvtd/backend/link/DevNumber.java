package org.mvtd.backend.link;

/** A character device's major:minor, as sysfs prints it in {@code dev}. */
public record DevNumber(int major, int minor) {
    public DevNumber {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative device number " + major + ":" + minor);
        }
    }

    public static DevNumber parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not MAJOR:MINOR: " + t);
        }
        return new DevNumber(Integer.parseInt(t.substring(0, colon)), Integer.parseInt(t.substring(colon + 1)));
    }

    /** glibc's makedev() encoding, which mknod(2) expects on Linux. */
    public long encoded() {
        long ma = major;
        long mi = minor;
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
    }

    @Override
    public String toString() {
        return major + ":" + minor;
    }
}
