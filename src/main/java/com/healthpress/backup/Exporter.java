package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Writes the whole database as one export document (see {@link BackupFormat}), row by row as it reads them, from
 * one read-only transaction that sees a single consistent snapshot even while the site is being edited.
 */
final class Exporter {

    /** Rows fetched per round trip; images are up to 5 MB each and their variants up to a few hundred KB, so fewer. */
    private static final int FETCH_ROWS = 500;
    private static final int FETCH_IMAGES = 4;
    private static final Set<String> IMAGE_TABLES = Set.of("image", "image_variant");

    private final JsonFactory json;
    private final Clock clock;

    Exporter(JsonFactory json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    BackupCounts export(Database database, OutputStream out) throws SQLException {
        try (Handle handle = database.jdbi().open()) {
            handle.setReadOnly(true);
            handle.setTransactionIsolationLevel(database.dialect().snapshotIsolation());
            return handle.inTransaction(transaction -> {
                try {
                    return write(transaction.getConnection(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private BackupCounts write(Connection connection, OutputStream out) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonGenerator document = json.createGenerator(out, JsonEncoding.UTF8)) {
            document.setPrettyPrinter(new OneRowPerLine());
            document.writeStartObject();
            document.writeStringField(BackupFormat.FORMAT_FIELD, BackupFormat.FORMAT);
            document.writeNumberField(BackupFormat.VERSION_FIELD, BackupFormat.VERSION);
            document.writeStringField(BackupFormat.EXPORTED_AT_FIELD, clock.instant().toString());
            document.writeStringField(BackupFormat.SCHEMA_VERSION_FIELD, SchemaVersion.of(connection).getVersion());
            for (BackupFormat.Table table : BackupFormat.TABLES) {
                counts.put(table.arrayName(), writeTable(connection, table, document));
            }
            document.writeEndObject();
            document.writeRaw('\n');
        }
        return new BackupCounts(counts);
    }

    private static long writeTable(Connection connection, BackupFormat.Table table, JsonGenerator document)
            throws IOException, SQLException {
        document.writeArrayFieldStart(table.arrayName());
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(IMAGE_TABLES.contains(table.name()) ? FETCH_IMAGES : FETCH_ROWS);
            try (ResultSet rows = statement.executeQuery(
                    "SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
                List<Column> columns = Column.of(table.name(), rows.getMetaData());
                while (rows.next()) {
                    document.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        document.writeFieldName(columns.get(i).name());
                        columns.get(i).write(rows, i + 1, document);
                    }
                    document.writeEndObject();
                    count++;
                }
            }
        }
        document.writeEndArray();
        return count;
    }
}
