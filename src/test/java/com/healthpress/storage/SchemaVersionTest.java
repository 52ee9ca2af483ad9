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
 * newest migration the code knows is the newest file.
 */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theNewestVersionKnownIsTheNewestMigrationFile() throws IOException {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (name.matches() && MigrationVersion.fromVersion(name.group(1)).isNewerThan(newest.getVersion())) {
                    newest = MigrationVersion.fromVersion(name.group(1));
                }
            }
        }

        assertEquals(newest, SchemaVersion.NEWEST);
    }

    @Test
    void aDatabaseOneMigrationBehindIsMigratedWhenOpenedAndThenCurrent() throws SQLException {
        String url = TestDatabases.fresh();
        try (Database database = Database.open(url)) {
            database.jdbi().<SQLException>useHandle(handle -> {
                assertTrue(SchemaVersion.isCurrent(handle.getConnection()));
                // Undoes the newest migration, V21 (corrections and updates), as if the database predated it.
                handle.execute("DROP INDEX article_listing");
                handle.execute("DROP INDEX article_public_by_id");
                handle.execute("CREATE INDEX article_listing ON article "
                        + "(status, published_at, id, deleted_at, updated_at, topic_slug, slug)");
                handle.execute("CREATE INDEX article_public_by_id ON article "
                        + "(status, id, published_at, deleted_at, updated_at, slug)");
                handle.execute("ALTER TABLE article_revision DROP COLUMN change_note");
                handle.execute("ALTER TABLE article_revision DROP COLUMN change_kind");
                handle.execute("ALTER TABLE article DROP COLUMN content_updated_at");
                handle.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '21'");
                assertFalse(SchemaVersion.isCurrent(handle.getConnection()));
            });
        }

        try (Database database = Database.open(url)) {
            database.jdbi().<SQLException>useHandle(handle -> {
                assertTrue(SchemaVersion.isCurrent(handle.getConnection()));
                assertEquals(1, handle.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" = '21' AND \"success\"").mapTo(Integer.class).one());
            });
        }
    }
}
