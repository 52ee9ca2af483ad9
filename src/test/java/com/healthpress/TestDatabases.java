package com.healthpress;

import com.healthpress.storage.DatabaseUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * New, empty databases for tests: an H2 file database in a temporary directory, or, when the system property
 * {@value #KIND_PROPERTY} is {@code postgresql}, a new database on the PostgreSQL server that
 * {@value #SERVER_URL} names (an environment variable or a system property). Databases made here are dropped when
 * the JVM exits.
 */
public final class TestDatabases {

    public static final String KIND_PROPERTY = "healthpress.test.database";
    public static final String SERVER_URL = "HEALTHPRESS_TEST_POSTGRES";

    /** {@code jdbc:postgresql://HOSTS/DATABASE?PARAMETERS}: the database is replaced, the rest kept. */
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabases() {
    }

    /** The JDBC URL of a new, empty database of the kind this test run asks for. */
    public static String fresh() {
        return postgresRequested() ? freshPostgres(postgresServer()) : freshH2();
    }

    /** Whether this test run is the one on PostgreSQL. */
    public static boolean postgresRequested() {
        return "postgresql".equals(System.getProperty(KIND_PROPERTY));
    }

    /**
     * A new H2 file database. {@code AUTO_SERVER} lets a second process in, as the import command beside a running
     * server does.
     */
    private static String freshH2() {
        try {
            Path directory = Files.createTempDirectory("healthpress-test-db");
            Cleanup.INSTANCE.h2Directories.add(directory);
            return "jdbc:h2:file:" + directory.resolve("db") + ";AUTO_SERVER=TRUE";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a new database on the server that {@code serverUrl} connects to and returns the new one's URL. */
    static String freshPostgres(String serverUrl) {
        Matcher url = POSTGRES_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalStateException(SERVER_URL + " must look like jdbc:postgresql://HOST:PORT/DATABASE?user=…"
                    + "&password=…, got " + DatabaseUrls.redacted(serverUrl));
        }
        // The creation time in the name lets a later run drop what a killed run left behind.
        String name = "hp_" + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(randomBytes());
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            Cleanup.INSTANCE.dropLeftoversOnce(serverUrl, statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on the PostgreSQL server at "
                    + DatabaseUrls.redacted(serverUrl) + " (" + e.getMessage() + "). Run ./test.sh, which installs "
                    + "and starts one, or point " + SERVER_URL + " at a reachable server and a role with CREATEDB.", e);
        }
        Cleanup.INSTANCE.postgresDatabases.add(new ServerDatabase(serverUrl, name));
        return url.group(1) + name + (url.group(3) == null ? "" : url.group(3));
    }

    /** The server URL for the PostgreSQL run; failing, not skipping, when there is none. */
    static String postgresServer() {
        String url = System.getProperty(SERVER_URL, System.getenv(SERVER_URL));
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(KIND_PROPERTY + "=postgresql, but " + SERVER_URL + " is not set. "
                    + "Run ./test.sh, which installs and starts a PostgreSQL server and sets it.");
        }
        return url.trim();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private record ServerDatabase(String serverUrl, String name) {
    }

    /** Drops what this JVM created, at its exit; best effort, since a test run that ends must not hang on it. */
    private static final class Cleanup {

        static final Cleanup INSTANCE = new Cleanup();
        /** Each drop waits for a checkpoint; a few connections at once keep the exit short. */
        private static final int DROPPERS = 4;
        private static final Pattern LEFTOVER = Pattern.compile("hp_([0-9]+)_[0-9a-f]+");

        final List<Path> h2Directories = Collections.synchronizedList(new ArrayList<>());
        final List<ServerDatabase> postgresDatabases = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> sweptServers = ConcurrentHashMap.newKeySet();

        private Cleanup() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::run, "test-database-cleanup"));
        }

        /** Drops the test databases older than a day, which no test run still uses, once per server. */
        void dropLeftoversOnce(String server, Statement statement) throws SQLException {
            if (!sweptServers.add(server)) {
                return;
            }
            long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
            List<String> leftovers = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'hp!_%' "
                    + "ESCAPE '!'")) {
                while (names.next()) {
                    Matcher name = LEFTOVER.matcher(names.getString(1));
                    if (name.matches() && Long.parseLong(name.group(1)) < dayAgo) {
                        leftovers.add(name.group());
                    }
                }
            }
            for (String leftover : leftovers) {
                statement.execute("DROP DATABASE IF EXISTS " + leftover + " WITH (FORCE)");
            }
        }

        private void run() {
            Map<String, Queue<String>> byServer = new HashMap<>();
            synchronized (postgresDatabases) {
                postgresDatabases.forEach(database -> byServer
                        .computeIfAbsent(database.serverUrl(), server -> new ConcurrentLinkedQueue<>())
                        .add(database.name()));
            }
            List<Thread> droppers = new ArrayList<>();
            byServer.forEach((server, names) -> {
                for (int i = 0; i < DROPPERS; i++) {
                    Thread dropper = new Thread(() -> drop(server, names), "test-database-drop");
                    dropper.start();
                    droppers.add(dropper);
                }
            });
            synchronized (h2Directories) {
                h2Directories.forEach(Cleanup::deleteQuietly);
            }
            for (Thread dropper : droppers) {
                try {
                    dropper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static void drop(String server, Queue<String> names) {
            try (Connection connection = DriverManager.getConnection(server);
                 Statement statement = connection.createStatement()) {
                for (String name = names.poll(); name != null; name = names.poll()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop every test database on " + DatabaseUrls.redacted(server) + ": "
                        + e.getMessage());
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // best effort: the directory is in the system's temporary directory
            }
        }
    }
}
