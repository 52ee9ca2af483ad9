package com.healthpress.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 and IPv6, never looked up in DNS. */
class TrustedProxiesTest {

    @Test
    void addressesAndRangesOfBothFamiliesAreMatchedBitByBit() {
        TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, 10.0.0.0/8,192.168.4.0/22 , ::1, 2001:db8:a::/48");

        assertTrue(proxies.contains(address("127.0.0.1")));
        assertFalse(proxies.contains(address("127.0.0.2")));
        assertTrue(proxies.contains(address("10.255.1.2")));
        assertFalse(proxies.contains(address("11.0.0.1")));
        assertTrue(proxies.contains(address("192.168.7.255")));
        assertFalse(proxies.contains(address("192.168.8.0")));
        assertTrue(proxies.contains(address("::1")));
        assertTrue(proxies.contains(address("2001:db8:a:ffff::9")));
        assertFalse(proxies.contains(address("2001:db8:b::1")));
        assertFalse(proxies.contains(address("::ffff:11.0.0.1")), "an IPv4-mapped address is its IPv4 address");
        assertTrue(proxies.contains(address("::ffff:10.0.0.1")));
    }

    @Test
    void noneTrustsNothing() {
        assertFalse(TrustedProxies.parse("").contains(address("127.0.0.1")));
        assertFalse(TrustedProxies.NONE.contains(address("::1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "proxy.internal", "10.0.0.0/33", "::1/129", "10.0.0.256", "10.0.0",
            "1.2.3.4/", "/8", "fe80::1%eth0", "10.0.0.1/-1", "127.0.0.1;10.0.0.1", "1:2:3:4:5:6:7:8:9"})
    void anythingButAddressesAndRangesIsRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(value));
    }

    private static InetAddress address(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }
}
