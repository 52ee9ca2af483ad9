package com.healthpress.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/** The Flyway version a database's schema is at: the newest migration that succeeded. */
final class SchemaVersion {

    private SchemaVersion() {
    }

    static MigrationVersion of(Connection connection) throws SQLException {
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
}
