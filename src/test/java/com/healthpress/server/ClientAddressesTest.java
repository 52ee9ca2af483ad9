package com.healthpress.server;

import com.healthpress.config.TrustedProxies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's address: the peer's, or, behind trusted proxies, the right-most forwarded address not trusted. */
class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(TrustedProxies.parse("127.0.0.1, 10.0.0.0/8"));
    private final ClientAddresses direct = new ClientAddresses(TrustedProxies.NONE);

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("127.0.0.1", direct.of("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void aRequestFromAnUntrustedPeerIsThatPeerWhateverItForwards() {
        assertEquals("198.51.100.9", behindProxies.of("198.51.100.9", List.of("203.0.113.7")));
    }

    @Test
    void fromATrustedProxyTheForwardedAddressIsTheClient() {
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void theChainIsWalkedFromTheRightPastTrustedProxiesOnly() {
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", List.of("1.1.1.1, 203.0.113.7, 10.1.2.3")));
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", List.of("1.1.1.1", "203.0.113.7, 10.1.2.3")),
                "several header lines are one list");
    }

    @Test
    void whatTheClientMadeUpLeftOfItsOwnAddressIsNeverReached() {
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", List.of("10.0.0.1, 203.0.113.7")));
    }

    @Test
    void anEntryThatIsNoAddressStopsTheWalkAtTheProxyThatPassedItOn() {
        assertEquals("10.1.2.3", behindProxies.of("127.0.0.1", List.of("unknown, 10.1.2.3")));
        assertEquals("127.0.0.1", behindProxies.of("127.0.0.1", List.of("<script>")));
    }

    @Test
    void aTrustedPeerWithoutTheHeaderIsItself() {
        assertEquals("127.0.0.1", behindProxies.of("127.0.0.1", List.of()));
    }

    @Test
    void ipv6AddressesAreWrittenOneWayAndBracketsAreDropped() {
        ClientAddresses v6 = new ClientAddresses(TrustedProxies.parse("::1"));
        assertEquals("2001:db8:0:0:0:0:0:1", v6.of("[::1]", List.of("2001:DB8::1")));
        assertEquals("2001:db8:0:0:0:0:0:1", v6.of("::1", List.of("[2001:db8:0::1]")));
    }
}
