package com.healthpress.outbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP receiver the tests start: it keeps every request, and answers 500 to the first {@code failFirst}. */
final class Receiver implements AutoCloseable {

    /** One request as received: path, the headers that matter, body. */
    record Received(String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failFirst = new AtomicInteger();
    private volatile long delayMillis;

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() {
        return start(0);
    }

    static Receiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
            Receiver receiver = new Receiver(server);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature", "Content-Type")) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        headers.put(name.toLowerCase(), value);
                    }
                }
                receiver.received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
                try {
                    Thread.sleep(receiver.delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int status = receiver.failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers each request only after this long (a slow receiver: deliveries stay in flight). */
    void answerAfter(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    void failNext(int count) {
        failFirst.set(count);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
