package com.healthpress.outbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses outbound requests may reach: http(s) URLs the admin configured, and, unless the setting allows
 * them (WEBHOOK_PRIVATE_TARGETS=allow), none whose host resolves to a loopback, private, link-local or otherwise
 * internal address, so that a webhook cannot be aimed at the site's own network. The host is checked when the
 * endpoint is saved and again before each delivery (its DNS may have changed).
 */
public final class OutboundTargets {

    private final boolean allowPrivate;

    public OutboundTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why this URL may not be used; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            return Optional.of("must be an http or https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("may not carry a user name or password; put the credentials in the secret");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return Optional.of("its host " + uri.getHost() + " is an internal address ("
                            + address.getHostAddress() + "), which the settings refuse");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("its host " + uri.getHost() + " cannot be found");
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}
