package com.healthpress.backup;

import com.healthpress.storage.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * After rows went in with their own ids, moves every identity column past the highest one, so that the next row
 * the site stores gets a new id instead of colliding with a restored one.
 */
final class Identities {

    private Identities() {
    }

    static void restartAfterHighest(Connection connection, Dialect dialect, List<String> tables) throws SQLException {
        for (String table : tables) {
            for (String column : identityColumns(connection, table)) {
                Long highest = highest(connection, table, column);
                if (highest == null) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    // Table and column names come from BackupFormat and the catalog, never from the file. A rollback
                    // on PostgreSQL keeps the moved sequence, which only leaves a gap in an empty database.
                    statement.execute(dialect.restartIdentityAfter(table, column, highest));
                }
            }
        }
    }

    private static List<String> identityColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = ? AND is_identity = 'YES'
                """)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static Long highest(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
            result.next();
            long value = result.getLong(1);
            return result.wasNull() ? null : value;
        }
    }
}
