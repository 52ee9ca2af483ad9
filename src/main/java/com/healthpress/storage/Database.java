package com.healthpress.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Opens the configured database, brings its schema up to date with Flyway and hands out a {@link Jdbi}. The opening
 * may go on in the background while the caller builds what needs no database yet; connections wait for it.
 */
public final class Database implements AutoCloseable {

    private static final Duration LONGEST_WAIT_TO_WRITE = Duration.ofSeconds(30);

    private final String jdbcUrl;
    private final CompletableFuture<HikariDataSource> pool;
    private final CompletableFuture<DataSource> connections;
    private final DatabaseHealth health;
    private final Jdbi jdbi;

    private Database(String jdbcUrl, DatabaseHealth health, CompletableFuture<HikariDataSource> pool) {
        this.jdbcUrl = jdbcUrl;
        this.health = health;
        this.pool = pool;
        this.connections = pool.thenApply(opened -> dialect() == Dialect.POSTGRESQL
                ? opened : new OneWriterAtATime(opened, LONGEST_WAIT_TO_WRITE));
        this.jdbi = Jdbi.create(() -> health.connection(opened(connections)))
                .installPlugin(new SqlObjectPlugin());
    }

    /** Opens the database and returns once it is ready; fails with the reason it cannot be opened. */
    /**
     * Where files that belong with this database are kept by default, under the name given: beside an H2 database
     * file; for any other database under ./data, named also for the database (its address without parameters, such
     * as credentials, hashed), so that two sites' processes in one directory never share them.
     */
    public static Path besideDatabase(String jdbcUrl, String name) {
        return EmbeddedH2.besideFile(jdbcUrl, "-" + name).orElseGet(() -> Path.of("data", name + "-"
                + shortHash(jdbcUrl.replaceFirst("[?;].*$", ""))));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Database open(String jdbcUrl) {
        Database database = openInBackground(jdbcUrl);
        database.awaitOpen();
        return database;
    }

    /**
     * Returns at once and opens the database on a thread of its own: opening H2 and checking the schema take about
     * a second at start-up, which the web server's own start can use. Connections wait until the schema is current.
     */
    public static Database openInBackground(String jdbcUrl) {
        // Logging is set up here, before the second thread starts: SLF4J set up by two threads at once holds back
        // one thread's messages and warns on the console.
        LoggerFactory.getILoggerFactory();
        EmbeddedH2.keepServerOnLoopback();
        DatabaseHealth health = new DatabaseHealth();
        return new Database(jdbcUrl, health, CompletableFuture.supplyAsync(() -> openPool(jdbcUrl, health),
                task -> new Thread(task, "open-database").start()));
    }

    /** Waits until the database is open; throws what made the opening fail. */
    public void awaitOpen() {
        opened(connections);
    }

    /** Runs {@code task} once the database is open, on the opening thread if it is still at work. */
    public CompletableFuture<Void> whenOpen(Runnable task) {
        return connections.thenRun(task);
    }

    private static HikariDataSource openPool(String jdbcUrl, DatabaseHealth health) {
        HikariDataSource dataSource = connect(jdbcUrl, health);
        health.watch(dataSource);
        try {
            Dialect dialect = Dialect.of(jdbcUrl);
            if (!isCurrent(dataSource)) {
                migrate(dataSource, dialect);
            }
            if (dialect == Dialect.H2) {
                setH2(dataSource, WRITE_EACH_COMMIT_AT_ONCE);
                if (!NAMES_CACHE_SIZE.matcher(jdbcUrl).find()) {
                    setH2(dataSource, "SET CACHE_SIZE " + H2_CACHE_KB);
                }
            }
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The pool, after moving an H2 database made with an empty password to its generated one when it must (or
     * finding that another process opening it at the same moment just did).
     */
    private static HikariDataSource connect(String jdbcUrl, DatabaseHealth health) {
        HikariConfig config = poolConfig(jdbcUrl, health);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Optional<Path> passwordFile = EmbeddedH2.passwordFile(jdbcUrl);
            if (passwordFile.isEmpty() || !EmbeddedH2.isWrongPassword(e)) {
                throw e;
            }
            EmbeddedH2.moveFromEmptyPassword(jdbcUrl, config.getPassword());
            try {
                return new HikariDataSource(poolConfig(jdbcUrl, health));
            } catch (RuntimeException again) {
                if (EmbeddedH2.isWrongPassword(again)) {
                    throw new IllegalStateException("the H2 database refuses the password in " + passwordFile.get()
                            + " (and an empty one): " + again.getMessage(), again);
                }
                throw again;
            }
        }
    }

    /**
     * H2 keeps commits in memory for up to WRITE_DELAY (500 ms by default) before it writes them to the file, so a
     * killed process lost saves it had already confirmed; at 0 each commit is written first.
     */
    private static final String WRITE_EACH_COMMIT_AT_ONCE = "SET WRITE_DELAY 0";

    /**
     * H2's cache of pages read from its file, in KB, unless the URL names one (H2's default is 16 MB). Rendering
     * every article once (a fill of the page store, a re-render after a deploy) reads the article table end to end:
     * with 16 MB each page read stayed cached long enough to reach the old generation, and at 100,000 articles the
     * JVM ran 150 full collections a minute; with 2 MB, 57, at the same render rate. Public pages are served from the
     * page store, so few requests read the table at all.
     */
    static final int H2_CACHE_KB = 2_048;
    private static final Pattern NAMES_CACHE_SIZE = Pattern.compile("(?i);\\s*CACHE_SIZE\\s*=");

    /** Runs one of H2's SET statements, which holds for the database as long as it is open. */
    private static void setH2(DataSource h2, String setting) {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(setting);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply H2's setting: " + setting, e);
        }
    }

    /** The value of a step of the opening, or what made it fail, as thrown by the step itself. */
    private static <T> T opened(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** False too when asking fails (no Flyway history yet): Flyway then says what is wrong, or migrates. */
    private static boolean isCurrent(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaVersion.isCurrent(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect) {
        migrations(dataSource, dialect).load().migrate();
    }

    private static FluentConfiguration migrations(HikariDataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", dialect.migrationsFolder())
                .placeholders(dialect.placeholders());
    }

    /**
     * Brings a new database only up to {@code version}, as the release of that schema left it, and has {@code fill}
     * write rows the old way: tests of a later migration then open it with {@link #open}, which runs the rest.
     */
    static void migrateOnlyTo(String jdbcUrl, String version, Consumer<Handle> fill) {
        EmbeddedH2.keepServerOnLoopback();
        DatabaseHealth health = new DatabaseHealth();
        try (HikariDataSource dataSource = connect(jdbcUrl, health)) {
            migrations(dataSource, Dialect.of(jdbcUrl)).target(version).load().migrate();
            Jdbi.create(dataSource).useHandle(fill::accept);
        } finally {
            health.close();
        }
    }

    /** The connection pool's figures now; empty until the database is open (or when it could not be opened). */
    public Optional<PoolFigures> poolFigures() {
        if (!pool.isDone() || pool.isCompletedExceptionally()) {
            return Optional.empty();
        }
        HikariPoolMXBean figures = pool.join().getHikariPoolMXBean();
        if (figures == null) {
            return Optional.empty();
        }
        return Optional.of(new PoolFigures(figures.getActiveConnections(), figures.getIdleConnections(),
                figures.getThreadsAwaitingConnection(), pool.join().getMaximumPoolSize()));
    }

    /** Connections in use, idle ones, threads waiting for one, and the most the pool opens. */
    public record PoolFigures(int active, int idle, int waiting, int maximum) {
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    /** Closes the connections, after the opening has ended if it is still at work. */
    @Override
    public void close() {
        health.close();
        HikariDataSource opened = pool.handle((dataSource, failure) -> dataSource).join();
        if (opened != null) {
            opened.close();
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl, DatabaseHealth health) {
        HikariConfig config = new HikariConfig();
        config.setExceptionOverride(health);
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("healthpress");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        // Short, so that a lost database shows within a second; DatabaseHealth waits longer for a busy pool.
        config.setConnectionTimeout(DatabaseHealth.SLICE.toMillis());
        config.setValidationTimeout(DatabaseHealth.SLICE.toMillis() / 2);
        if (jdbcUrl.startsWith("jdbc:h2:") && !EmbeddedH2.namesOwnCredentials(jdbcUrl)) {
            config.setUsername(EmbeddedH2.USER);
            config.setPassword(EmbeddedH2.passwordFile(jdbcUrl).map(EmbeddedH2::password).orElse(""));
        }
        return config;
    }
}
