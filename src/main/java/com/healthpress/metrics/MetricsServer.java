package com.healthpress.metrics;

import com.healthpress.config.MetricsEndpoint;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port: {@code GET /metrics} and nothing else, on a server of its own (the JDK's), so that no route,
 * filter or mistake of the public site can ever serve it, and a scrape never takes one of the site's request threads.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private final HttpServer server;
    private final ExecutorService thread;

    private MetricsServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** Starts listening at the endpoint; fails with the reason when the address cannot be bound. */
    public static MetricsServer start(MetricsEndpoint endpoint, Metrics metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(endpoint.bindAddress(), endpoint.port()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for metrics on " + endpoint.bindAddress().getHostAddress()
                    + ":" + endpoint.port() + ": " + e.getMessage(), e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread scraper = new Thread(work, "metrics");
            scraper.setDaemon(true);
            return scraper;
        });
        server.setExecutor(thread);
        server.createContext("/", exchange -> answer(exchange, metrics));
        server.start();
        LOG.info("metrics at http://{}:{}/metrics", hostForUrl(endpoint), server.getAddress().getPort());
        return new MetricsServer(server, thread);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, Metrics metrics) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/metrics")) {
                plain(exchange, 404, "Not found: metrics are at /metrics\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                plain(exchange, 405, "Method not allowed: GET /metrics\n");
            } else {
                ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
                String contentType = metrics.scrape(body, exchange.getRequestHeaders().getFirst("Accept"));
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, body.toByteArray());
            }
        }
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String hostForUrl(MetricsEndpoint endpoint) {
        String host = endpoint.bindAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
