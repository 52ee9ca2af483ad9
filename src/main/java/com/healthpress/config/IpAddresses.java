package com.healthpress.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals, IPv4 and IPv6, read without ever asking DNS (which a host name would). */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Hexadecimal groups with colons, perhaps ending in IPv4 form; no zone (%eth0). */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private IpAddresses() {
    }

    /** The address this literal writes, IPv6 perhaps in brackets; empty for anything else. */
    public static Optional<InetAddress> parse(String literal) {
        String text = literal.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        var ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(byAddress(bytes));
        }
        if (IPV6.matcher(text).matches()) {
            try {
                // A literal with a colon is parsed, never looked up: an invalid one fails at once.
                return Optional.of(InetAddress.getByName(text));
            } catch (UnknownHostException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
