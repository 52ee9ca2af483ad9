package com.healthpress.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.DraftForm;
import com.healthpress.TestApp;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.config.Config;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's head or body a byte at a time hold no thread: while 200 of them trickle, new
 * connections get a cached page, a rendered page, a search and an admin save, each within a second; and the server
 * cuts the trickling connections off instead of waiting for them without end.
 */
class SlowClientsTest {

    private static final int SLOW_BODIES = 100;
    private static final int SLOW_HEADS = 100;
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration ROUNDS_FOR = Duration.ofSeconds(4);
    private static final Duration CUT_OFF_WITHIN = Duration.ofSeconds(45);

    private static TestApp app;
    private static AdminClient admin;
    private static String article;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
        article = Jsoup.parse(app.get("/").body()).select("a[href^=/articles/]").attr("href");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void tricklingClientsHoldNoThreadAndAreCutOff() throws Exception {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            answersOnNewConnections(warmUp);
        }
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_BODIES; i++) {
                // Half of them declare more than a form may have, which is read to its end before the 413.
                long length = i % 2 == 0 ? 100_000 : 3L * Config.DEFAULT_MAX_FORM_BYTES;
                slow.add(open("POST /admin/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + length
                        + "\r\n\r\nusername="));
            }
            for (int i = 0; i < SLOW_HEADS; i++) {
                slow.add(open("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowClientsTest::sendOneByte), 0, 500, TimeUnit.MILLISECONDS);

            long roundsEnd = System.nanoTime() + ROUNDS_FOR.toNanos();
            for (int round = 3; System.nanoTime() < roundsEnd; round++) {
                answersOnNewConnections(round);
            }

            long cutOffEnd = System.nanoTime() + CUT_OFF_WITHIN.toNanos();
            for (Socket socket : slow) {
                assertTrue(closedByServerBefore(socket, cutOffEnd), "a trickling connection is cut off");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** Each kind of request, on a connection of its own, answered within a second. */
    private static void answersOnNewConnections(int round) throws IOException {
        assertAnsweredInTime("a cached page", "GET " + article + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", "200");
        app.pageCache().invalidate(Set.of(ArticleChanges.LISTINGS));
        assertAnsweredInTime("a page not in the cache", "GET / HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", "200");
        assertAnsweredInTime("a search", "GET /search?q=sleep+round" + round + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", "200");
        String form = DraftForm.urlEncoded(DraftForm.fields("slow-clients-" + round, "A lead.", 0), admin.csrfToken());
        assertAnsweredInTime("an admin save", "POST /admin/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: hp_session=" + admin.cookie("hp_session") + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n" + form, "303");
    }

    private static void assertAnsweredInTime(String what, String request, String status) throws IOException {
        long started = System.nanoTime();
        String statusLine;
        try (Socket socket = new Socket()) {
            socket.connect(address(), (int) WITHIN.toMillis());
            socket.setSoTimeout((int) WITHIN.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            statusLine = readStatusLine(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            statusLine = "no answer: " + e.getMessage();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis <= WITHIN.toMillis(), what + " took " + millis + " ms (" + statusLine + ")");
        assertEquals("HTTP/1.1 " + status, statusLine.substring(0, Math.min(statusLine.length(), 12)), what);
    }

    private static String readStatusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\r'; ) {
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static Socket open(String start) throws IOException {
        Socket socket = new Socket();
        socket.connect(address(), 5_000);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write('a');
        } catch (IOException closed) {
            // cut off by the server: nothing more to send
        }
    }

    /** True once the server closes the connection (with or without an answer) before the deadline. */
    private static boolean closedByServerBefore(Socket socket, long deadlineNanos) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1024];
        while (true) {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            socket.setSoTimeout((int) left);
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
    }

    private static InetSocketAddress address() {
        URI base = URI.create(app.url("/"));
        return new InetSocketAddress(base.getHost(), base.getPort());
    }
}
