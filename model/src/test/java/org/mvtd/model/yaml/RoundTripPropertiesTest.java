package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mvtd.model.Design;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.testing.VersionTwoDesigns;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/** Writing then reading any valid design gives it back, and the text is a fixed point of read-then-write. */
class RoundTripPropertiesTest {

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }

    @Provide
    Arbitrary<Design> versionTwo() {
        return VersionTwoDesigns.arbitrary();
    }

    @Property(tries = 400)
    void readOfWriteIsTheSameDesign(@ForAll("designs") Design d) throws DesignFormatException {
        String text = DesignYaml.toYaml(d);
        assertThat(DesignYaml.read(text, "random.mvtd.yaml").design()).isEqualTo(d);
    }

    @Property(tries = 400)
    void writeIsAFixedPoint(@ForAll("designs") Design d) throws DesignFormatException {
        String text = DesignYaml.toYaml(d);
        assertThat(DesignYaml.toYaml(DesignYaml.read(text, "random.mvtd.yaml"))).isEqualTo(text);
    }

    @Property(tries = 400)
    void generatedDesignsHaveNoErrors(@ForAll("designs") Design d) throws DesignFormatException {
        LoadedDesign loaded = DesignYaml.read(DesignYaml.toYaml(d), "random.mvtd.yaml");
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap())).noneMatch(Problem::isError);
    }

    @Property(tries = 200)
    void versionTwoDesignsRoundTrip(@ForAll("versionTwo") Design d) throws DesignFormatException {
        readOfWriteIsTheSameDesign(d);
        writeIsAFixedPoint(d);
        generatedDesignsHaveNoErrors(d);
    }
}
