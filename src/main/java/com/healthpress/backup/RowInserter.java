package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonLocation;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inserts one table's rows in batches, each row with the columns the first row of its array has. When the database
 * refuses a row, the error names that row and where it is in the file.
 */
final class RowInserter implements AutoCloseable {

    private static final int BATCH_ROWS = 500;

    /** A row waiting in the batch, remembered for the message should the database refuse it. */
    private record Pending(String where, JsonLocation location) {
    }

    private final List<Column> columns;
    private final Set<String> names;
    private final PreparedStatement statement;
    private final List<Pending> pending = new ArrayList<>();

    RowInserter(Connection connection, String table, List<Column> columns) throws SQLException {
        this.columns = List.copyOf(columns);
        this.names = columns.stream().map(Column::name).collect(Collectors.toUnmodifiableSet());
        this.statement = connection.prepareStatement("INSERT INTO " + table + " ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")");
    }

    void add(Map<String, Object> row, String where, JsonLocation location) throws SQLException, RestoreException {
        if (!row.keySet().equals(names)) {
            throw RestoreException.at(location, where + " has other columns than the first row: "
                    + difference(row.keySet()));
        }
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).bind(statement, i + 1, row.get(columns.get(i).name()));
        }
        statement.addBatch();
        pending.add(new Pending(where, location));
        if (pending.size() >= BATCH_ROWS) {
            flush();
        }
    }

    void flush() throws RestoreException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            Pending refused = pending.get(e instanceof BatchUpdateException batch
                    ? firstFailed(batch.getUpdateCounts()) : 0);
            throw RestoreException.at(refused.location(), refused.where() + " cannot be stored: " + reason(e));
        }
        pending.clear();
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }

    /**
     * The batch row the database refused: H2 marks it among the counts, PostgreSQL stops there and counts only the
     * rows before it.
     */
    private int firstFailed(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return Math.min(counts.length, pending.size() - 1);
    }

    private String difference(Set<String> row) {
        List<String> missing = names.stream().filter(name -> !row.contains(name)).sorted().toList();
        List<String> extra = row.stream().filter(name -> !names.contains(name)).sorted().toList();
        return (missing.isEmpty() ? "" : "without " + String.join(", ", missing))
                + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                + (extra.isEmpty() ? "" : "with " + String.join(", ", extra));
    }

    /** The database's own words, without H2's copy of the statement or PostgreSQL's batch preamble. */
    static String reason(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String message = String.valueOf(cause.getMessage());
        int statementCopy = message.indexOf("; SQL statement:");
        if (statementCopy >= 0) {
            message = message.substring(0, statementCopy);
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
