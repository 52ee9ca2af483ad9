package com.healthpress.server;

import com.healthpress.config.IpAddresses;
import com.healthpress.config.TrustedProxies;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one answer to "who is the client?", for the login throttle and the access log alike: the address the
 * connection comes from, or, when that is a trusted proxy, the right-most address in X-Forwarded-For that is not
 * itself a trusted proxy. Everything left of it was written by the client and is never believed.
 */
public final class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trusted;

    public ClientAddresses(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /** The client of a request that Javalin handles. */
    public String of(Context ctx) {
        return of(new ContextExchange(ctx));
    }

    /** The client of a request, whichever way it is answered. */
    String of(Exchange exchange) {
        String peer = exchange.peerAddress();
        return trusted.isEmpty() ? withoutBrackets(peer) : of(peer, exchange.requestHeaders(FORWARDED_FOR));
    }

    /** The client, given the peer's address and the X-Forwarded-For header lines in the order they came. */
    String of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty()) {
            return withoutBrackets(peer);
        }
        InetAddress client = peerAddress.get();
        List<String> hops = trusted.contains(client) ? hops(forwardedFor) : List.of();
        for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
            Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                // Not an address: the proxy that passed it on is as near to the client as can be told.
                break;
            }
            client = hop.get();
        }
        return client.getHostAddress();
    }

    /** Jetty writes an IPv6 peer in brackets, as in a URL. */
    private static String withoutBrackets(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    }

    private static List<String> hops(List<String> headerLines) {
        List<String> hops = new ArrayList<>();
        for (String line : headerLines) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop);
                }
            }
        }
        return hops;
    }
}
