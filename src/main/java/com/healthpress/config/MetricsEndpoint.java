package com.healthpress.config;

import java.net.InetAddress;

/**
 * Where the management port listens for Prometheus's scrapes: never the public port, on loopback unless told
 * otherwise, and off unless a port is given. Port 0 takes any free port (the tests' choice).
 */
public record MetricsEndpoint(InetAddress bindAddress, int port) {

    public static final MetricsEndpoint OFF = new MetricsEndpoint(InetAddress.getLoopbackAddress(), -1);

    public boolean isOn() {
        return port >= 0;
    }
}
