package com.healthpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's /proc: the socket inodes among its open files, looked up in
 * /proc/net/tcp and tcp6 (the process's own network namespace).
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    public static List<InetSocketAddress> of(long pid) {
        Set<String> inodes = socketInodes(pid);
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            for (String line : lines(Path.of("/proc", String.valueOf(pid), "net", table))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    listening.add(socketAddress(fields[1]));
                }
            }
        }
        return listening;
    }

    private static Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path file : files.toList()) {
                try {
                    String target = Files.readSymbolicLink(file).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the process closed this file while it was listed
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    /** ADDRESS:PORT in hex; the address in 32-bit words of the machine's (little-endian) byte order. */
    private static InetSocketAddress socketAddress(String hex) {
        String[] parts = hex.split(":");
        byte[] address = HexFormat.of().parseHex(parts[0]);
        for (int word = 0; word < address.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swapped = address[word + i];
                address[word + i] = address[word + 3 - i];
                address[word + 3 - i] = swapped;
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex, e);
        }
    }

    private static List<String> lines(Path table) {
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
