package org.mvtd.backend.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares what real guests boot, once per cache directory: a Debian cloud kernel (fetched with
 * {@code apt-get download} of the package {@code linux-image-cloud-amd64} depends on, unpacked with
 * {@code dpkg-deb -x}; virtio-net is a module there) and a busybox initramfs that loads the virtio modules in
 * the order they depend on each other and runs {@code guest-init.sh}. A second run finds both in the cache
 * and downloads nothing. Everything is world-readable: the guests run as the desktop user.
 */
public final class GuestImages {
    private static final Logger LOG = LoggerFactory.getLogger(GuestImages.class);
    /** The meta-package whose dependency names the current kernel. */
    static final String META = "linux-image-cloud-amd64";
    /** Load order: each module needs the ones before it (backend-notes, Real guests). */
    static final List<String> MODULES = List.of("virtio_ring", "virtio", "virtio_pci_modern_dev", "virtio_pci_legacy_dev",
            "virtio_pci", "failover", "net_failover", "virtio_net");
    private static final Pattern KERNEL_PACKAGE = Pattern.compile("Depends:\\s+(linux-image-6\\.[0-9][^\\s]*-cloud-amd64)");
    private static final Path BUSYBOX = Path.of("/bin/busybox");

    private GuestImages() {
    }

    /** Where images are kept unless told: {@code -Dmvtd.guest.cache}, else /var/cache/macvtap-designer/guests. */
    public static Path defaultCache() {
        return Path.of(System.getProperty("mvtd.guest.cache", "/var/cache/macvtap-designer/guests"));
    }

    /** The kernel and initramfs in {@code cache}, fetching and building what is missing (root: apt). */
    public static GuestImage prepare(Path cache) throws LabException {
        Objects.requireNonNull(cache, "cache");
        try {
            Files.createDirectories(cache);
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (FileChannel ch = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                boolean fetched = false;
                Optional<Path> root = unpacked(cache);
                if (root.isEmpty()) {
                    root = Optional.of(fetch(cache));
                    fetched = true;
                }
                Path kernel = only(root.get().resolve("boot"), "vmlinuz-");
                String release = kernel.getFileName().toString().substring("vmlinuz-".length());
                Path initramfs = initramfs(cache, root.get(), release);
                return new GuestImage(kernel, initramfs, release, fetched);
            }
        } catch (IOException e) {
            throw new LabException("cannot prepare the guest kernel in " + cache + ": " + e.getMessage(), e);
        }
    }

    /** A kernel unpacked by an earlier run: {@code cache/linux-image-*}/boot/vmlinuz-*. */
    private static Optional<Path> unpacked(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().startsWith("linux-image-") && Files.isDirectory(p.resolve("boot")))
                    .sorted().reduce((a, b) -> b);
        }
    }

    /** The versioned kernel package in {@code apt-cache depends} output of the meta-package. */
    static Optional<String> kernelPackage(String aptCacheDepends) {
        Matcher m = KERNEL_PACKAGE.matcher(aptCacheDepends);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Path fetch(Path cache) throws LabException, IOException {
        String deps = Commands.run(List.of("apt-cache", "depends", META), cache, 60).out();
        Optional<String> found = kernelPackage(deps);
        if (found.isEmpty()) {
            // a fresh machine may have no package lists yet
            LOG.info("apt knows no {}; running apt-get update once", META);
            Commands.ok(List.of("apt-get", "update", "-qq"), cache, 600);
            deps = Commands.run(List.of("apt-cache", "depends", META), cache, 60).out();
            found = kernelPackage(deps);
        }
        if (found.isEmpty()) {
            throw new LabException("apt knows no kernel package that " + META + " depends on (is the Debian archive in "
                    + "the apt sources?):\n" + deps.strip());
        }
        String pkg = found.get();
        Path download = Files.createDirectories(cache.resolve("download"));
        LOG.info("fetching guest kernel {} with apt-get download", pkg);
        Commands.ok(List.of("apt-get", "download", "-q", pkg), download, 600);
        Path deb = only(download, pkg + "_");
        Path root = cache.resolve(pkg);
        Path partial = cache.resolve(pkg + ".partial");
        Commands.ok(List.of("dpkg-deb", "-x", deb.toString(), partial.toString()), cache, 300);
        Files.move(partial, root); // only a complete unpack has the final name
        Files.delete(deb);
        Commands.ok(List.of("chmod", "-R", "a+rX", root.toString()), cache, 60);
        return root;
    }

    /** The initramfs for this kernel, init script and busybox; rebuilt only when one of them changed. */
    private static Path initramfs(Path cache, Path root, String release) throws IOException, LabException {
        byte[] init = initScript();
        if (!Files.isRegularFile(BUSYBOX)) {
            throw new LabException(BUSYBOX + " is missing: install busybox-static");
        }
        byte[] busybox = Files.readAllBytes(BUSYBOX);
        if (dynamic(busybox)) {
            throw new LabException(BUSYBOX + " is linked dynamically and cannot run in the guest: install busybox-static");
        }
        String key = sha(init, busybox, release.getBytes(StandardCharsets.UTF_8));
        Path out = cache.resolve("initramfs-" + release + "-" + key + ".cpio");
        if (Files.isRegularFile(out)) {
            return out;
        }
        Path modules = root.resolve("lib/modules").resolve(release).resolve("kernel");
        Cpio cpio = new Cpio().dir("bin").dir("dev").dir("proc").dir("sys").dir("lib").dir("lib/modules")
                .file("init", 0755, init).file("bin/busybox", 0755, busybox);
        for (String mod : MODULES) {
            cpio.file("lib/modules/" + mod + ".ko", 0644, Files.readAllBytes(module(modules, mod)));
        }
        Path tmp = cache.resolve(out.getFileName() + ".partial");
        Files.write(tmp, cpio.finish());
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(tmp, out);
        return out;
    }

    private static Path module(Path modules, String name) throws IOException, LabException {
        try (Stream<Path> s = Files.walk(modules)) {
            return s.filter(p -> p.getFileName().toString().equals(name + ".ko")).findFirst()
                    .orElseThrow(() -> new LabException("the guest kernel has no module " + name + ".ko under " + modules
                            + " (a compressed .ko.xz cannot be loaded by busybox insmod)"));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static byte[] initScript() throws IOException {
        try (InputStream in = GuestImages.class.getResourceAsStream("guest-init.sh")) {
            if (in == null) {
                throw new IOException("guest-init.sh is missing from the program");
            }
            return in.readAllBytes();
        }
    }

    /** A dynamically linked ELF names its loader early in the file (the PT_INTERP segment). */
    static boolean dynamic(byte[] elf) {
        String head = new String(elf, 0, Math.min(elf.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains("/lib64/ld-linux") || head.contains("/lib/ld-linux");
    }

    private static Path only(Path dir, String prefix) throws IOException, LabException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            if (l.isEmpty()) {
                throw new LabException("no " + prefix + "* in " + dir);
            }
            return l.get(l.size() - 1);
        }
    }

    private static String sha(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
