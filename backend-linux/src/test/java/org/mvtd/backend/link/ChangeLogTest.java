package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.backend.sys.Sys;

/** Issue 15: every change the helper makes reaches the system log with who, which design and which links. */
class ChangeLogTest {
    private final List<String> lines = new ArrayList<>();
    private final ChangeLog log = new ChangeLog((warning, line) -> lines.add(line));

    @Test
    void aThousandLinksAreAllNamedInLinesASyslogDaemonKeepsWhole() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.add("bm" + i);
        }
        log.toreDown(DesignId.of("bench"), 1000, names, List.of());
        assertThat(lines).hasSizeGreaterThan(5).allMatch(l -> l.length() <= ChangeLog.MAX_LINE + 40)
                .allMatch(l -> l.startsWith("uid=1000 design=" + DesignId.of("bench").value() + " teardown deleted 1000 links"));
        List<String> seen = new ArrayList<>();
        lines.forEach(l -> seen.addAll(List.of(l.substring(l.indexOf(": ") + 2).split(", "))));
        assertThat(seen).isEqualTo(names);
    }

    @Test
    void withoutDevLogTheLinesGoToStderr() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ChangeLog.Sink sink = ChangeLog.systemSink(Path.of("/nonexistent/dev-log"), new PrintStream(err, true, StandardCharsets.UTF_8));
        new ChangeLog(sink).toreDown(DesignId.of("lab"), 0, List.of("mvt0"), List.of());
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("macvtap-designer-helper: uid=0 design=" + DesignId.of("lab").value() + " teardown deleted 1 links: mvt0\n");
    }

    @Test
    void aLineIsOneSyslogDatagramWithFacilityTagAndPid() throws Exception {
        Path dir = ScratchDirs.create("mvtd-syslog");
        Path sock = dir.resolve("log");
        byte[] addr = ByteBuffer.allocate(110).order(ByteOrder.nativeOrder()).putShort((short) 1)
                .put(sock.toString().getBytes(StandardCharsets.UTF_8)).array();
        int fd = Sys.libc().socket(1, 2 | Sys.SOCK_NONBLOCK, 0);
        assumeTrue(fd >= 0, "skipped: no AF_UNIX datagram socket (errno " + Sys.errno() + ")");
        try {
            assertThat(Sys.libc().bind(fd, addr, addr.length)).as("bind errno %d", Sys.errno()).isZero();
            ChangeLog.Sink sink = ChangeLog.systemSink(sock, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            new ChangeLog(sink).toreDown(DesignId.of("lab"), 1000, List.of("mvt0", "mvt1"), List.of());
            byte[] buf = new byte[4096];
            long n = Sys.libc().recvfrom(fd, buf, buf.length, 0, null, null);
            assertThat(n).as("a datagram arrived").isPositive();
            assertThat(new String(buf, 0, (int) n, StandardCharsets.UTF_8)).isEqualTo("<29>macvtap-designer-helper["
                    + ProcessHandle.current().pid() + "]: uid=1000 design=" + DesignId.of("lab").value()
                    + " teardown deleted 2 links: mvt0, mvt1");
        } finally {
            Sys.libc().close(fd);
            Files.deleteIfExists(sock);
        }
    }
}
