package com.healthpress.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/** The Flyway version a database's schema is at: the newest migration that succeeded. */
public final class SchemaVersion {

    /** The newest migration under db/migration and db/vendor (SchemaVersionTest checks it against the files). */
    static final MigrationVersion NEWEST = MigrationVersion.fromVersion("31");

    private SchemaVersion() {
    }

    public static MigrationVersion of(Connection connection) throws SQLException {
        Optional<MigrationVersion> newest = Optional.empty();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (newest.isEmpty() || version.isNewerThan(newest.get())) {
                    newest = Optional.of(version);
                }
            }
        }
        return newest.orElse(MigrationVersion.EMPTY);
    }

    /**
     * Whether the database holds every migration and no failed one. Asking costs two small queries; Flyway's own
     * check scans the class path and checksums every applied migration, a noticeable part of each start.
     * Fails when the database has no Flyway history yet.
     */
    static boolean isCurrent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet failed = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                     + "WHERE NOT \"success\"")) {
            failed.next();
            return failed.getLong(1) == 0 && of(connection).equals(NEWEST);
        }
    }
}
