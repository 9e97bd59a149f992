package org.mvtd.model.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.export.Exporter;
import org.mvtd.model.export.LibvirtDomainExporter;
import org.mvtd.model.export.LibvirtNetworkExporter;
import org.mvtd.model.testing.RandomDesigns;

/** Export to libvirt XML and import back gives the same design, as far as libvirt can express it. */
class LibvirtRoundTripPropertiesTest {

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary().map(LibvirtProjection::libvirtNames);
    }

    @Property(tries = 200)
    void directDomainsComeBackAsTheyWere(@ForAll("designs") Design design) throws Exception {
        for (Host h : design.hosts()) {
            assertThat(roundTrip(new LibvirtDomainExporter(), design, h)).isEqualTo(LibvirtProjection.of(design, h.name()));
        }
    }

    @Property(tries = 200)
    void networksAndTheirDomainsComeBackAsTheyWere(@ForAll("designs") Design design) throws Exception {
        for (Host h : design.hosts()) {
            assertThat(roundTrip(new LibvirtNetworkExporter(), design, h)).isEqualTo(LibvirtProjection.of(design, h.name()));
        }
    }

    private static Design roundTrip(Exporter exporter, Design design, Host h) throws ExportException, LibvirtXmlException {
        List<ExportedFile> files = exporter.export(design, Optional.of(h.name()));
        List<XmlSource> sources = files.stream()
                // Snippets are for pasting into existing domains, not whole definitions.
                .filter(f -> !f.name().endsWith(".interface.xml"))
                .map(f -> new XmlSource(f.name(), f.content())).toList();
        ImportResult r = LibvirtImporter.importXml(sources, h.name());
        assertThat(r.skipped()).isEmpty();
        return r.design();
    }
}
