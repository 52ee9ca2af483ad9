package com.healthpress.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.ListeningSockets;
import com.healthpress.ServerProcess;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default embedded H2 database: its AUTO_SERVER port listens on the loopback address only, and it wants the
 * password generated beside its file, which older databases made with an empty one are moved to.
 */
class EmbeddedH2Test {

    @TempDir
    Path directory;

    @Test
    void theServerListensOnNothingBeyondLoopbackButItsHttpPortAndTheDatabaseWantsItsGeneratedPassword() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("healthpress") + ";AUTO_SERVER=TRUE";
        try (ServerProcess server = ServerProcess.start(url)) {
            try (Database beside = Database.open(url)) {
                assertEquals(Integer.valueOf(1), beside.jdbi().withHandle(
                        handle -> handle.select("SELECT 1").mapTo(Integer.class).one()),
                        "a second process gets in through AUTO_SERVER");
            }

            List<InetSocketAddress> listening = ListeningSockets.of(server.pid());
            List<InetSocketAddress> beyondLoopback = listening.stream()
                    .filter(socket -> !socket.getAddress().isLoopbackAddress() && socket.getPort() != server.port())
                    .toList();
            assertEquals(List.of(), beyondLoopback, "all listening sockets: " + listening);
            assertTrue(listening.stream().anyMatch(socket -> socket.getAddress().isLoopbackAddress()),
                    "H2's own server listens on loopback: " + listening);

            Path passwordFile = directory.resolve("healthpress.h2-password");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            assertThrows(RuntimeException.class, () -> Database.open(url + ";USER=sa;PASSWORD="),
                    "the empty password is refused");
            String password = Files.readString(passwordFile).trim();
            assertFalse(server.output().contains(password), "the password is never logged");
        }
    }

    @Test
    void aPasswordFileThatDoesNotFitItsDatabaseIsNamedWhenTheOpeningFails() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("fitted");
        Database.open(url).close();
        Path passwordFile = directory.resolve("fitted.h2-password");
        Files.writeString(passwordFile, "not-the-password\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.open(url));

        assertTrue(refused.getMessage().contains(passwordFile.toString()), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-password"), refused.getMessage());
    }

    @Test
    void thePasswordLivesBesideAFileDatabaseThatNamesNoCredentialsOfItsOwn() {
        assertEquals(Optional.of(Path.of("./data/healthpress.h2-password")),
                EmbeddedH2.passwordFile("jdbc:h2:file:./data/healthpress;AUTO_SERVER=TRUE"));
        assertEquals(Optional.of(Path.of("/srv/hp/db.h2-password")), EmbeddedH2.passwordFile("jdbc:h2:/srv/hp/db"));
        assertEquals(Optional.empty(), EmbeddedH2.passwordFile("jdbc:h2:file:./data/hp;USER=me;PASSWORD=secret"));
        assertEquals(Optional.empty(), EmbeddedH2.passwordFile("jdbc:h2:mem:test"));
        assertEquals(Optional.empty(), EmbeddedH2.passwordFile("jdbc:h2:tcp://db.internal/hp"));
    }

    @Test
    void aDatabaseMadeWithAnEmptyPasswordKeepsItsDataAndThenWantsTheGeneratedPassword() {
        String path = "jdbc:h2:file:" + directory.resolve("old");
        try (Database old = Database.open(path + ";USER=sa;PASSWORD=")) {
            old.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (word VARCHAR(20))"));
            old.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('still here')"));
        }

        try (Database moved = Database.open(path)) {
            assertEquals("still here", moved.jdbi().withHandle(
                    handle -> handle.select("SELECT word FROM kept").mapTo(String.class).one()));
        }

        assertTrue(Files.exists(directory.resolve("old.h2-password")));
        assertThrows(RuntimeException.class, () -> Database.open(path + ";USER=sa;PASSWORD="));
        try (Database again = Database.open(path)) {
            assertEquals(Long.valueOf(1), again.jdbi().withHandle(
                    handle -> handle.select("SELECT COUNT(*) FROM kept").mapTo(Long.class).one()));
        }
    }
}
