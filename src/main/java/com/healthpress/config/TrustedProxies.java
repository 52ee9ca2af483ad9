package com.healthpress.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES): addresses and CIDR ranges, IPv4 and IPv6. */
public record TrustedProxies(List<Range> ranges) {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    /** Comma-separated addresses and ranges ("127.0.0.1, 10.0.0.0/8, ::1"); blank for none. */
    public static TrustedProxies parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    /** One address ({@code prefixLength} all its bits) or range; the network with its host bits cleared. */
    public record Range(InetAddress network, int prefixLength) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = IpAddresses.parse(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                throw new IllegalArgumentException("not an IP address: " + entry);
            }
            int bits = address.get().getAddress().length * 8;
            int prefixLength = slash < 0 ? bits : prefixLength(entry.substring(slash + 1), bits);
            return new Range(masked(address.get(), prefixLength), prefixLength);
        }

        boolean contains(InetAddress address) {
            return address.getAddress().length == network.getAddress().length
                    && network.equals(masked(address, prefixLength));
        }

        private static int prefixLength(String text, int bits) {
            if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > bits) {
                throw new IllegalArgumentException("not a prefix length from 0 to " + bits + ": " + text);
            }
            return Integer.parseInt(text);
        }

        private static InetAddress masked(InetAddress address, int prefixLength) {
            byte[] bytes = address.getAddress();
            for (int i = 0; i < bytes.length; i++) {
                int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
                bytes[i] &= (byte) (0xFF << (8 - keep));
            }
            try {
                return InetAddress.getByAddress(bytes);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 or 16 bytes are an address", e);
            }
        }

        @Override
        public String toString() {
            return network.getHostAddress() + "/" + prefixLength;
        }
    }
}
