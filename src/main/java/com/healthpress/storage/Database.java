package com.healthpress.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** Opens the configured database, brings its schema up to date with Flyway and hands out a {@link Jdbi}. */
public final class Database implements AutoCloseable {

    private static final Duration LONGEST_WAIT_TO_WRITE = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        DataSource connections = isPostgres() ? dataSource : new OneWriterAtATime(dataSource, LONGEST_WAIT_TO_WRITE);
        this.jdbi = Jdbi.create(connections).installPlugin(new SqlObjectPlugin());
    }

    public static Database open(String jdbcUrl) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(jdbcUrl));
        try {
            boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
            if (!isCurrent(dataSource)) {
                migrate(dataSource, postgres);
            }
            Database database = new Database(dataSource);
            if (!postgres) {
                // H2 keeps commits in memory for up to WRITE_DELAY (500 ms by default) before it writes them to the
                // file, so a killed process lost saves it had already confirmed; at 0 each commit is written first.
                database.jdbi().useHandle(handle -> handle.execute("SET WRITE_DELAY 0"));
            }
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
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

    private static void migrate(HikariDataSource dataSource, boolean postgres) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .placeholders(Map.of(
                        "blob", postgres ? "BYTEA" : "BLOB",
                        "text", postgres ? "TEXT" : "CLOB"))
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("healthpress");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
            config.setPassword("");
        }
        return config;
    }
}
