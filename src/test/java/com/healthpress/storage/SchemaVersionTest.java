package com.healthpress.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Opening a database whose schema holds the newest migration skips Flyway; one that is behind is migrated. The
 * newest migration the code knows is the newest file (SQL, or Java where SQL cannot do it on both databases).
 */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.(sql|java)");

    @Test
    void theNewestVersionKnownIsTheNewestMigrationFile() throws IOException {
        assertEquals(newestFileBefore(null), SchemaVersion.NEWEST);
    }

    @Test
    void aDatabaseOneMigrationBehindIsMigratedWhenOpenedAndThenCurrent() throws SQLException, IOException {
        String url = TestDatabases.fresh();
        String newest = SchemaVersion.NEWEST.getVersion();
        // The migration before the newest: versions may skip a number (one kept for a change still under way).
        String previous = newestFileBefore(SchemaVersion.NEWEST).getVersion();
        SchemaAt.migrateOnlyTo(url, previous, handle -> {
            try {
                assertFalse(SchemaVersion.isCurrent(handle.getConnection()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        try (Database database = Database.open(url)) {
            database.jdbi().<SQLException>useHandle(handle -> {
                assertTrue(SchemaVersion.isCurrent(handle.getConnection()));
                assertEquals(1, handle.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" = :newest AND \"success\"").bind("newest", newest)
                        .mapTo(Integer.class).one());
            });
        }
    }

    /** The newest version among the migration files older than {@code before} (all of them for null). */
    private static MigrationVersion newestFileBefore(MigrationVersion before) throws IOException {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/db")),
                Files.walk(Path.of("src/main/java/db")))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                MigrationVersion version = MigrationVersion.fromVersion(name.group(1));
                boolean older = before == null || before.isNewerThan(version.getVersion());
                if (older && version.isNewerThan(newest.getVersion())) {
                    newest = version;
                }
            }
        }
        return newest;
    }
}
