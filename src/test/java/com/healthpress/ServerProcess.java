package com.healthpress;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The server as operators run it, {@code java … com.healthpress.Main} in a JVM of its own with PORT, DATABASE_URL and
 * BASE_URL set, for tests that kill or stop the process. Its output goes to a file; its lifecycle lines (Javalin's,
 * the connection pool's) are logged. Closing it kills the process if it still runs.
 */
public final class ServerProcess implements AutoCloseable {

    /** What {@link Process#exitValue()} says of a JVM that SIGKILL ended: 128 + 9. */
    public static final int KILLED = 137;
    /** What the server exits with after a graceful stop on SIGTERM, as any JVM does: 128 + 15. */
    public static final int TERMINATED = 143;

    private static final String DEFAULT_MAX_HEAP = "256m";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path output;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the server on a free port and returns once {@code /readyz} answers 200. */
    public static ServerProcess start(String databaseUrl) {
        return start(databaseUrl, TestPorts.freePort());
    }

    /** Starts the server on {@code port}, as a restart after a crash would, and returns once it is ready. */
    public static ServerProcess start(String databaseUrl, int port) {
        return start(databaseUrl, port, DEFAULT_MAX_HEAP);
    }

    /** Starts the server on a free port with the JVM's heap limited to {@code maxHeap} ({@code -Xmx}, e.g. 192m). */
    public static ServerProcess startWithMaxHeap(String databaseUrl, String maxHeap) {
        return start(databaseUrl, TestPorts.freePort(), maxHeap, Map.of());
    }

    /** As {@link #startWithMaxHeap(String, String)}, with these settings in the environment too. */
    public static ServerProcess startWithMaxHeap(String databaseUrl, String maxHeap, Map<String, String> settings) {
        return start(databaseUrl, TestPorts.freePort(), maxHeap, settings);
    }

    private static ServerProcess start(String databaseUrl, int port, String maxHeap) {
        return start(databaseUrl, port, maxHeap, Map.of());
    }

    private static ServerProcess start(String databaseUrl, int port, String maxHeap, Map<String, String> settings) {
        try {
            Path output = Files.createTempFile("healthpress-server-", ".log");
            output.toFile().deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + maxHeap,
                    "-Dlogback.configurationFile=" + ServerProcess.class.getResource("/logback-server-process.xml"),
                    "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(settings);
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("DATABASE_URL", databaseUrl);
            builder.environment().put("BASE_URL", "http://127.0.0.1:" + port);
            ServerProcess server = new ServerProcess(builder.start(), output, port);
            try {
                server.awaitReady();
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The process id, to look at the process in /proc. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process with SIGKILL, which it cannot catch, and returns its exit code once it is gone. */
    public int kill() {
        process.destroyForcibly();
        return awaitExit(KILL_TIMEOUT);
    }

    /** Sends SIGTERM, which asks for a graceful shutdown, and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** The exit code once the process has ended; fails when it still runs after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the server still runs after " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process wrote to stdout and stderr so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue()
                            + " before it was ready:\n" + output());
                }
                return answersReady();
            });
        } catch (ConditionTimeoutException notReady) {
            throw new IllegalStateException("the server was not ready within " + START_TIMEOUT + ":\n" + output());
        }
    }

    private boolean answersReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/readyz"))).timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
