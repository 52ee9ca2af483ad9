package com.healthpress;

import com.healthpress.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as a container stop sends it, to the server in a process of its own while an admin's save is still being
 * uploaded: the save finishes with its normal answer, new connections are refused meanwhile, and the process closes
 * the database and exits within the grace period. Runs on H2, and in the PostgreSQL run on PostgreSQL.
 */
class GracefulShutdownTest {

    /** Healthpress's SHUTDOWN_GRACE: how long stopping waits for the requests in flight. */
    private static final Duration GRACE = Duration.ofSeconds(20);
    /**
     * How long the upload goes on after SIGTERM at least: longer than Jetty's shutdown idle timeout (1 s), which
     * cuts off only a connection that goes quiet during the shutdown.
     */
    private static final Duration UPLOAD_AFTER_SIGTERM = Duration.ofSeconds(2);
    private static final Duration BETWEEN_BYTES = Duration.ofMillis(100);
    private static final Duration SHUTDOWN_SHOWS_WITHIN = Duration.ofSeconds(10);
    private static final String HEALTH_CHECK = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\nContent-Length: (\\d+)\r\n");
    private static final String SLUG = "stopping-gently";
    private static final String LEAD = "Saved while the server was stopping.";

    /** At level 2 (info), H2's trace file records each time the database opens and closes, and who closes it. */
    private static final String H2_TRACE_OPENING_AND_CLOSING = ";TRACE_LEVEL_FILE=2";

    private static String databaseUrl;
    private static long articleId;
    private static boolean refusedWhileStillRunning;
    /** The first answer on a connection opened before the shutdown that closed it, and what a request after got. */
    private static String closingAnswerOnConnectionOpenedBefore;
    private static String answerAfterTheClosingOne;
    private static String answerToSaveInFlight;
    private static int exitCode;
    private static Duration stopTook;
    private static String output;
    /** Right after the exit: H2's lock file, or the PostgreSQL sessions other than the test's own. */
    private static List<String> databaseStillInUseBy;
    /** Right after the exit, on H2: what its trace file says about closing the database. */
    private static List<String> h2Closings;

    @BeforeAll
    static void stopTheServerWhileASaveIsBeingUploaded() throws Exception {
        databaseUrl = TestDatabases.fresh();
        // Only the server traces: on the test's own connections the setting would write client traces to ./trace.db.
        String serversUrl = TestDatabases.postgresRequested()
                ? databaseUrl
                : databaseUrl + H2_TRACE_OPENING_AND_CLOSING;
        try (ServerProcess server = ServerProcess.start(serversUrl)) {
            AdminClient admin = AdminClient.loggedIn(server.url(""), databaseUrl);
            articleId = DraftForm.create(admin, SLUG);
            byte[] body = DraftForm.urlEncoded(DraftForm.fields(SLUG, LEAD, 1), admin.csrfToken())
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket keptOpen = connect(server); Socket saving = connect(server)) {
                OutputStream upload = saving.getOutputStream();
                upload.write(saveHead(server, admin, body.length));
                upload.write(body, 0, body.length / 2);
                upload.flush();

                Instant sigterm = Instant.now();
                server.terminate();
                CountDownLatch shutdownShown = new CountDownLatch(1);
                CompletableFuture<Void> uploading = CompletableFuture.runAsync(() -> uploadSlowly(upload,
                        Arrays.copyOfRange(body, body.length / 2, body.length), shutdownShown,
                        sigterm.plus(UPLOAD_AFTER_SIGTERM)));
                closingAnswerOnConnectionOpenedBefore = answerThatClosesTheConnection(keptOpen);
                answerAfterTheClosingOne = healthCheck(keptOpen);
                refusedWhileStillRunning = awaitRefusal(server) && server.isAlive();
                shutdownShown.countDown();
                uploading.join();
                answerToSaveInFlight = new String(saving.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                exitCode = server.awaitExit(GRACE.plusSeconds(10));
                stopTook = Duration.between(sigterm, Instant.now());
                databaseStillInUseBy = databaseUsers();
                h2Closings = h2Closings();
            }
            output = server.output();
        }
    }

    @Test
    void aSaveInFlightWhenSigtermArrivesFinishesWithItsNormalAnswer() {
        assertTrue(answerToSaveInFlight.startsWith("HTTP/1.1 303 "), answerToSaveInFlight + "\n" + output);
        assertTrue(answerToSaveInFlight.contains("\r\nLocation: /admin/articles/" + articleId + "?notice=saved\r\n"),
                answerToSaveInFlight);
    }

    @Test
    void theSaveThatFinishedDuringShutdownIsStoredWithItsRevision() {
        try (Database database = Database.open(databaseUrl)) {
            Article article = new ArticleService(database.jdbi(), Clock.systemUTC(),
                    new ChangeFeed(database.jdbi(), Clock.systemUTC())).findById(articleId).orElseThrow();
            List<Integer> revisions = database.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT version FROM article_revision WHERE article_id = :id ORDER BY version")
                    .bind("id", articleId).mapTo(Integer.class).list());

            assertEquals(LEAD, article.lead());
            assertEquals(2, article.version());
            assertEquals(List.of(1, 2), revisions);
        }
    }

    @Test
    void newConnectionsAreRefusedWhileTheServerFinishesTheRequestsInFlight() {
        assertTrue(refusedWhileStillRunning, output);
    }

    /**
     * Jetty's graceful handler answers 503 once it knows of the shutdown; a request that reached the app in the instant
     * before, after the connector knew, is answered as usual. Either way the answer closes the connection. A
     * connection that happens to be idle when the shutdown begins may be closed without a last answer (seen once in
     * a PostgreSQL run); what must never happen is the old connection going on being served.
     */
    @Test
    void aConnectionOpenedBeforeShutdownGetsOneLastAnswerThatClosesItOrIsClosed() {
        String answer = closingAnswerOnConnectionOpenedBefore;

        if (!answer.isEmpty()) {
            assertTrue(answer.startsWith("HTTP/1.1 503 ") || answer.startsWith("HTTP/1.1 200 "), answer);
            assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
        }
        assertEquals("", answerAfterTheClosingOne);
    }

    @Test
    void theProcessExitsAsSigtermAsksWithinTheGracePeriod() {
        assertEquals(ServerProcess.TERMINATED, exitCode, output);
        assertTrue(stopTook.compareTo(GRACE) < 0, "stopping took " + stopTook);
    }

    @Test
    void theConnectionPoolIsClosedAfterTheServerStoppedWithoutAWarning() {
        int stoppingAt = output.indexOf("Stopping Javalin");
        assertTrue(stoppingAt >= 0, output);
        String stopping = output.substring(stoppingAt);
        int serverStopped = stopping.indexOf("Javalin has stopped");
        int poolClosed = stopping.indexOf("healthpress - Shutdown completed.");

        assertTrue(serverStopped >= 0 && poolClosed > serverStopped, output);
        assertFalse(stopping.contains(" WARN ") || stopping.contains(" ERROR ") || stopping.contains("Exception"),
                stopping);
    }

    @Test
    void theStoppedServerLeavesNoLockFileOrConnectionBehind() {
        assertEquals(List.of(), databaseStillInUseBy);
    }

    /**
     * H2 also closes its databases in a shutdown hook of its own, which would run beside the server's graceful stop
     * and cut the requests in flight off from the database (the pool then opens it again, mid-shutdown). The server
     * stops before the JVM's shutdown begins, so the database closes once, when the server has stopped.
     */
    @Test
    void h2ClosesTheDatabaseOnceWhenTheServerHasStoppedNotFromItsShutdownHook() {
        assumeFalse(TestDatabases.postgresRequested(), "H2 only");
        assertEquals(List.of("database: closing", "database: closed"), h2Closings);
    }

    /** The H2 database's files without their endings: jdbc:h2:file:PATH;SETTINGS. */
    private static String h2Path() {
        return databaseUrl.substring("jdbc:h2:file:".length(), databaseUrl.indexOf(';'));
    }

    private static Socket connect(ServerProcess server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout((int) GRACE.toMillis());
        return socket;
    }

    /** The head of a POST that saves the article, as the admin's browser sends it. */
    private static byte[] saveHead(ServerProcess server, AdminClient admin, int contentLength) {
        return ("POST /admin/articles/" + articleId + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + server.port() + "\r\n"
                + "Cookie: hp_session=" + admin.cookie("hp_session") + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + contentLength + "\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Health checks one after another on a connection opened before the shutdown, as a load balancer keeps one open,
     * until an answer says Connection: close; that answer ("" if the connection closed without one).
     */
    private static String answerThatClosesTheConnection(Socket socket) throws InterruptedException {
        Instant deadline = Instant.now().plus(SHUTDOWN_SHOWS_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            String answer = healthCheck(socket);
            if (answer.isEmpty() || answer.contains("\r\nConnection: close\r\n")) {
                return answer;
            }
            Thread.sleep(20);
        }
        return "still no Connection: close after " + SHUTDOWN_SHOWS_WITHIN;
    }

    /** A health check on an open connection: the whole answer, or "" when the connection is closed. */
    private static String healthCheck(Socket socket) {
        try {
            socket.getOutputStream().write(HEALTH_CHECK.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        } catch (IOException closed) {
            return "";
        }
    }

    /** One answer from a kept-alive connection: its head, up to the blank line, and its Content-Length of body. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String head = "";
        while (!head.endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head;
            }
            bytes.write(next);
            head = bytes.toString(StandardCharsets.ISO_8859_1);
        }
        Matcher length = CONTENT_LENGTH.matcher(head);
        byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        return head + new String(body, StandardCharsets.ISO_8859_1);
    }

    /** Whether new connections came to be refused, which is how the server shows that it stops. */
    private static boolean awaitRefusal(ServerProcess server) throws InterruptedException {
        Instant deadline = Instant.now().plus(SHUTDOWN_SHOWS_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", server.port())) {
                Thread.sleep(20);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The rest of the upload a byte at a time, as a slow network delivers it, until the shutdown has shown and
     * {@code notBefore} has come (or only the last byte is left); then what is left at once.
     */
    private static void uploadSlowly(OutputStream upload, byte[] rest, CountDownLatch shutdownShown,
                                     Instant notBefore) {
        try {
            int sent = 0;
            while (sent < rest.length - 1 && (shutdownShown.getCount() > 0 || Instant.now().isBefore(notBefore))) {
                upload.write(rest[sent++]);
                upload.flush();
                Thread.sleep(BETWEEN_BYTES.toMillis());
            }
            upload.write(rest, sent, rest.length - sent);
            upload.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The database's closing as H2's trace file tells it: each "closing" (and by whom) and "closed", in order. */
    private static List<String> h2Closings() throws IOException {
        if (TestDatabases.postgresRequested()) {
            return List.of();
        }
        Path traceFile = Path.of(h2Path() + ".trace.db");
        Pattern closing = Pattern.compile("database: (closing|closed)( .* from shutdown hook)?");
        return Files.readAllLines(traceFile).stream()
                .map(closing::matcher)
                .filter(Matcher::find)
                .map(line -> "database: " + line.group(1) + (line.group(2) == null ? "" : " from shutdown hook"))
                .toList();
    }

    /** H2's lock file when it is left, which a closed database deletes; or the other sessions on PostgreSQL. */
    private static List<String> databaseUsers() throws SQLException {
        if (!TestDatabases.postgresRequested()) {
            Path lockFile = Path.of(h2Path() + ".lock.db");
            return Files.exists(lockFile) ? List.of(lockFile.toString()) : List.of();
        }
        List<String> sessions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement();
             ResultSet others = statement.executeQuery("SELECT pid, state, query FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (others.next()) {
                sessions.add(others.getInt(1) + " " + others.getString(2) + ": " + others.getString(3));
            }
        }
        return sessions;
    }
}
