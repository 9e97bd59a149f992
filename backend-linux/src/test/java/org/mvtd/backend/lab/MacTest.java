package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MacTest {
    @Test
    void parsesAndPrintsLowerCase() {
        assertThat(Mac.parse("52:54:00:B1:60:D2").toString()).isEqualTo("52:54:00:b1:60:d2");
        assertThat(Mac.parse("ff:ff:ff:ff:ff:ff").isBroadcast()).isTrue();
        assertThatThrownBy(() -> Mac.parse("52:54:00")).hasMessageContaining("not a MAC");
        assertThatThrownBy(() -> Mac.parse("52:54:00:1:2:3")).hasMessageContaining("not a MAC");
    }

    @Test
    void randomAddressesAreLocallyAdministeredUnicast() {
        Random r = new Random(1);
        for (int i = 0; i < 1000; i++) {
            byte first = Mac.randomLocal(r).bytes()[0];
            assertThat(first & 0x01).as("unicast").isZero();
            assertThat(first & 0x02).as("locally administered").isEqualTo(2);
        }
    }
}
