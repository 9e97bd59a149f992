package org.mvtd.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.mvtd.model.Design;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/** The version-2 generator makes what it promises: valid designs that use version 2. */
class VersionTwoDesignsTest {
    @Provide
    Arbitrary<Design> designs() {
        return VersionTwoDesigns.arbitrary();
    }

    @Property(tries = 300)
    void everyDesignIsValid(@ForAll("designs") Design d) {
        assertThat(Validator.validate(d).stream().filter(Problem::isError)).isEmpty();
    }

    @Property(tries = 5)
    void mostDesignsNeedVersionTwo(@ForAll int seed) {
        long v2 = java.util.stream.LongStream.range(seed, seed + 20L).mapToObj(VersionTwoDesigns::generate)
                .filter(d -> FormatVersions.required(d) == 2).count();
        assertThat(v2).isGreaterThan(10);
    }
}
