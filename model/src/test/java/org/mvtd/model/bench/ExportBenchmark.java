package org.mvtd.model.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.export.LibvirtDomainExporter;
import org.mvtd.model.libvirt.ImportResult;
import org.mvtd.model.libvirt.LibvirtImporter;
import org.mvtd.model.libvirt.LibvirtXmlException;
import org.mvtd.model.libvirt.XmlSource;
import org.mvtd.model.testing.RandomDesigns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exports of the large design (100 hosts x 4 devices x 25 endpoints = 10,000 endpoints, 200 guests)
 * to every target, and the import of its 200 domains back. There is no target in the issue; these
 * figures show an export is interactive even for a data centre.
 * Run: {@code mvn -pl model -Pbench -Dbench=ExportBenchmark test-compile exec:exec}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExportBenchmark {

    /** The large design, without the link names libvirt refuses (those would only measure the refusal). */
    @State(Scope.Benchmark)
    public static class Large {
        Design design;
        List<XmlSource> domains;

        @Setup(Level.Trial)
        public void setUp() throws ExportException {
            Design raw = RandomDesigns.generate(42, RandomDesigns.Shape.large());
            Design kept = raw.withHosts(raw.hosts().stream().map(h -> h.withEndpoints(h.endpoints().stream()
                    .filter(e -> e.name().matches("[a-zA-Z0-9_.-]+") && e.lower().matches("[a-zA-Z0-9_.-]+"))
                    .toList())).toList());
            design = kept.withGuests(kept.guests().stream().map(g -> g.withNics(g.nics().stream()
                    .filter(n -> kept.host(g.host()).orElseThrow().endpoint(n.endpoint()).isPresent()).toList())).toList());
            domains = new LibvirtDomainExporter().export(design, Optional.empty()).stream()
                    .filter(f -> !f.name().endsWith(".interface.xml")).map(f -> new XmlSource(f.name(), f.content())).toList();
        }
    }

    @State(Scope.Benchmark)
    public static class Target {
        @Param({"libvirt-domain", "libvirt-network", "ip-script", "qemu", "networkd"})
        String name;
        ExportTarget target;

        @Setup(Level.Trial)
        public void setUp() {
            target = ExportTarget.fromCliName(name);
        }
    }

    @Benchmark
    public List<ExportedFile> exportAllHosts(Large large, Target t) throws ExportException {
        return t.target.exporter().export(large.design, Optional.empty());
    }

    /** All 200 domains imported as if they ran on one host (their endpoint names then clash and get renamed). */
    @Benchmark
    public ImportResult importAllDomains(Large large) throws LibvirtXmlException {
        return LibvirtImporter.importXml(large.domains, "bench");
    }
}
