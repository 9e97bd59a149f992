package org.mvtd.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal CIDR addresses only: what parses, what is refused and why, and who is on-link with whom. */
class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10/24", "10.0.0.1/8", "192.0.2.1/31", "192.0.2.0/31", "192.0.2.7/32",
        "2001:db8::10/64", "2001:DB8:0:0:0:0:0:1/64", "fe80::1/64", "::ffff:192.0.2.1/96", "1:2:3:4:5:6:7::/64",
        "2001:db8::/127"})
    void accepts(String a) {
        assertThat(IpAddresses.problem(a)).as(a).isEmpty();
        assertThat(IpAddresses.parse(a)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "192.0.2.10|has no prefix length",
        "192.0.2.10/33|bad prefix length '33'",
        "192.0.2.10/024|bad prefix length '024'",
        "192.0.2.10/0|prefix length 0",
        "192.0.2.010/24|is not an IPv4 address",
        "192.0.2/24|is not an IPv4 address",
        "256.0.2.1/24|is not an IPv4 address",
        "example.com/24|is not an IPv4 address",
        "2001:db8::1::2/64|is not an IPv4 address",
        "2001:db8:0:0:0:0:0:0:1/64|is not an IPv4 address",
        "g::1/64|is not an IPv4 address",
        "fe80::1%eth0/64|is not an IPv4 address",
        "192.0.2.0/24|is the network address of its /24",
        "192.0.2.255/24|is the broadcast address of its /24",
        "2001:db8::/64|subnet-router anycast",
        "224.0.0.1/24|multicast",
        "ff02::1/64|multicast",
        "127.0.0.1/8|loopback",
        "::1/128|loopback",
        "0.0.0.0/8|unspecified",
        "240.0.0.1/8|reserved",
    })
    void refusesWithAReason(String a, String reason) {
        assertThat(IpAddresses.problem(a)).as(a).hasValueSatisfying(why -> assertThat(why).contains(reason));
        assertThat(IpAddresses.parse(a)).isEmpty();
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "192.0.2.1/24,   192.0.2.2/24,   true",
        "192.0.2.1/24,   192.0.3.2/24,   false",
        "10.0.1.1/16,    10.0.2.1/24,    false",
        "10.0.1.1/16,    10.0.2.1/16,    true",
        "192.0.2.1/24,   2001:db8::1/64, false",
        "2001:db8::1/64, 2001:db8::2/64, true",
        "2001:db8::1/64, 2001:db9::2/64, false",
    })
    void onLinkNeedsEachAddressInsideTheOthersPrefix(String a, String b, boolean onLink) {
        IpAddresses.Cidr x = IpAddresses.parse(a).orElseThrow();
        IpAddresses.Cidr y = IpAddresses.parse(b).orElseThrow();
        assertThat(x.onLinkWith(y)).isEqualTo(onLink);
        assertThat(y.onLinkWith(x)).isEqualTo(onLink);
    }
}
