package com.healthpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free TCP ports for servers that tests start, and for addresses where nothing listens. */
public final class TestPorts {

    private TestPorts() {
    }

    /** A port that was free a moment ago: the one the system picks when asked for any port. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
