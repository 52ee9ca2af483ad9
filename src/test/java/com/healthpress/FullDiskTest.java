package com.healthpress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The H2 database on a small filesystem of its own (a 48 MB tmpfs mounted by the test, which needs root, as the
 * tests run in CI), filled up while an editor saves: the save is refused with a message and the typed text kept,
 * nothing of it is stored, and once space is freed the next save works and the site is ready again, with no restart.
 */
class FullDiskTest {

    private static final String TYPED = "Typed while the disk was full: keep <this> text";
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Path mountPoint;
    private boolean mounted;
    private TestApp app;

    @BeforeEach
    void startTheAppOnASmallFilesystem() throws Exception {
        assumeFalse(TestDatabases.postgresRequested(), "H2's database file on a full disk: runs in the H2 run");
        mountPoint = Files.createTempDirectory("healthpress-full-disk");
        String mountOutput = run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mountPoint.toString());
        mounted = mountOutput == null;
        assumeTrue(mounted, "cannot mount a tmpfs here (the test needs root): " + mountOutput);
        app = TestApp.start(mountPoint, "jdbc:h2:file:" + mountPoint.resolve("db") + ";AUTO_SERVER=TRUE",
                Clock.systemUTC());
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopAndUnmount() throws Exception {
        root.detachAppender(log);
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (mounted && run("umount", mountPoint.toString()) != null) {
                run("umount", "-l", mountPoint.toString());
            }
        }
    }

    @Test
    void aSaveOnAFullDiskIsRefusedWithTheTextKeptAndTheSiteRecoversOnceThereIsSpace() throws Exception {
        AdminClient admin = AdminClient.loggedIn(app);
        long draft = DraftForm.create(admin, "full-disk-draft");
        int version = DraftForm.versionOn(admin.get("/admin/articles/" + draft));
        Path filler = mountPoint.resolve("filler");

        fill(filler);
        HttpResponse<String> refused = admin.post("/admin/articles/" + draft,
                DraftForm.fields("full-disk-draft", TYPED, version));

        assertTrue(refused.statusCode() == 507 || refused.statusCode() == 503, refused.statusCode() + "\n"
                + refused.body());
        assertTrue(refused.body().contains("Typed while the disk was full: keep &lt;this&gt; text"),
                "the typed lead comes back, escaped:\n" + refused.body());
        assertTrue(refused.body().contains("disk is full"), "says why:\n" + refused.body());

        Files.delete(filler);

        awaitStatus("/readyz", 200);
        HttpResponse<String> saved = admin.post("/admin/articles/" + draft,
                DraftForm.fields("full-disk-draft", TYPED, version));
        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> editor = admin.get("/admin/articles/" + draft);
        assertEquals(version + 1, DraftForm.versionOn(editor), "the refused save stored nothing");
        assertTrue(editor.body().contains("Typed while the disk was full"), editor.body());
        assertEquals(200, admin.get("/admin").statusCode());
        assertEquals(1, linesContaining("database disk full"), logText());
        assertEquals(1, linesContaining("database is back"), logText());
        assertTrue(log.list.stream().noneMatch(event -> event.getThrowableProxy() != null),
                "no stack traces:\n" + logText());
    }

    /** Writes to {@code file} until the filesystem has no room left. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.toString());
        }
    }

    private void awaitStatus(String path, int status) {
        await(path + " answers " + status).atMost(BACK_WITHIN).until(() -> HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == status);
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? null : String.join(" ", command) + ": " + output.strip();
    }

    private long linesContaining(String text) {
        synchronized (log) {
            return log.list.stream().filter(event -> event.getFormattedMessage().contains(text)).count();
        }
    }

    private String logText() {
        synchronized (log) {
            return String.join("\n", log.list.stream().map(event -> event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " [" + event.getThrowableProxy().getMessage() + "]"))
                    .toList());
        }
    }
}
