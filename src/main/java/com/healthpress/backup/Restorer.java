package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.healthpress.articles.ReviewCycleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.links.LinkGraph;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaVersion;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;

/**
 * Loads an export document into an empty database in one transaction, reading the file as a stream: every row with
 * its original id, or, on any problem in the file or the database, nothing at all.
 */
final class Restorer {

    private final JsonFactory json;
    private final ChangeFeed changes;

    /** The feed must write to the database being restored: running servers hear that everything changed. */
    Restorer(JsonFactory json, ChangeFeed changes) {
        this.json = json;
        this.changes = changes;
    }

    BackupCounts restore(Database database, InputStream in) throws RestoreException {
        try (JsonParser parser = json.createParser(in)) {
            return database.jdbi().inTransaction(handle -> restore(handle, database, parser));
        } catch (IOException e) {
            throw RestoreException.inFile("cannot be read: " + e.getMessage());
        }
    }

    private BackupCounts restore(Handle handle, Database database, JsonParser parser) throws RestoreException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Connection connection = handle.getConnection();
            refuseUnlessEmpty(connection);
            readDocument(parser, connection, SchemaVersion.of(connection), counts);
            for (String fill : BackupFormat.FILL_AFTER_RESTORE) {
                handle.execute(fill);
            }
            SearchDocuments.rebuild(handle);
            LinkGraph.insertEvery(handle);
            ReviewCycleService.redateAll(handle);
            // A server already running on this database may have cached its empty pages.
            changes.publish(handle, Set.of(ChangeFeed.EVERYTHING));
            Identities.restartAfterHighest(connection, database.dialect(),
                    BackupFormat.TABLES.stream().map(BackupFormat.Table::name).toList());
        } catch (JsonProcessingException e) {
            throw RestoreException.at(e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw RestoreException.inFile("cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            throw RestoreException.refused("the database failed: " + RowInserter.reason(e));
        }
        return new BackupCounts(counts);
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException, RestoreException {
        long articles = count(connection, "article");
        long accounts = count(connection, "account");
        long images = count(connection, "image");
        if (articles + accounts + images > 0) {
            throw RestoreException.refused("refused: the database is not empty (" + articles + " articles, "
                    + accounts + " accounts, " + images + " images), and a restore only goes into an empty one. "
                    + "Point DATABASE_URL at a new database (for H2, a new file name) and restore there before a "
                    + "server first starts on it: a server fills an empty database with the demo articles.");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void readDocument(JsonParser parser, Connection connection, MigrationVersion known,
                                     Map<String, Long> counts) throws IOException, SQLException, RestoreException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw RestoreException.at(parser.currentTokenLocation(),
                    "this is not a Healthpress export, which is one JSON object");
        }
        Header header = new Header();
        int next = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            Optional<BackupFormat.Table> table = BackupFormat.table(field);
            if (table.isEmpty()) {
                header.read(field, parser, at);
                continue;
            }
            header.check(at, known);
            next = pastTablesNewerThanTheExport(next, table.get(), header.exported, connection);
            if (next >= BackupFormat.TABLES.size() || !BackupFormat.TABLES.get(next).equals(table.get())) {
                throw RestoreException.at(at, "\"" + field + "\" is out of place: the rows come in the order "
                        + BackupFormat.TABLES.stream().map(BackupFormat.Table::arrayName)
                        .collect(Collectors.joining(", ")));
            }
            counts.put(field, restoreTable(parser, connection, table.get(),
                    LegacyBylines.forTable(table.get(), header.exported, connection)));
            next++;
        }
        header.check(parser.currentTokenLocation(), known);
        next = pastTablesNewerThanTheExport(next, null, header.exported, connection);
        if (next < BackupFormat.TABLES.size()) {
            throw RestoreException.at(parser.currentTokenLocation(),
                    "the export ends without \"" + BackupFormat.TABLES.get(next).arrayName() + "\"");
        }
        if (parser.nextToken() != null) {
            throw RestoreException.at(parser.currentTokenLocation(), "there is more after the end of the export");
        }
    }

    /**
     * The index of the next table the file should hold, passing over tables added after the export's schema, which
     * it has no array for (its restored rows get what the migrations gave such rows, by the table's backfill), until
     * the one it does hold.
     */
    private static int pastTablesNewerThanTheExport(int next, BackupFormat.Table found, MigrationVersion exported,
                                                    Connection connection) throws SQLException {
        while (next < BackupFormat.TABLES.size() && !BackupFormat.TABLES.get(next).equals(found)
                && BackupFormat.TABLES.get(next).isNewerThan(exported)) {
            String backfill = BackupFormat.TABLES.get(next).backfill();
            if (backfill != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(backfill);
                }
            }
            next++;
        }
        return next;
    }

    private static long restoreTable(JsonParser parser, Connection connection, BackupFormat.Table table,
                                     Optional<LegacyBylines> legacy)
            throws IOException, SQLException, RestoreException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw RestoreException.at(parser.currentTokenLocation(), "\"" + table.arrayName()
                    + "\" should be an array of rows");
        }
        Map<String, Column> columns = columnsOf(connection, table.name());
        if (table.seeded()) {
            forgetSeededRows(connection, table);
        }
        RowInserter inserter = null;
        long rows = 0;
        try {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                String where = table.arrayName() + "[" + rows + "]";
                JsonLocation start = parser.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    throw RestoreException.at(start, where + " should be an object with the columns of a row");
                }
                Map<String, Object> row = readRow(parser, columns, table, where, legacy.isPresent());
                if (legacy.isPresent()) {
                    row = legacy.get().link(row);
                }
                if (inserter == null) {
                    inserter = new RowInserter(connection, table.name(),
                            row.keySet().stream().map(columns::get).toList());
                }
                inserter.add(row, where, start);
                rows++;
            }
            if (inserter != null) {
                inserter.flush();
            }
        } finally {
            if (inserter != null) {
                inserter.close();
            }
        }
        return rows;
    }

    private static Map<String, Object> readRow(JsonParser parser, Map<String, Column> columns,
                                               BackupFormat.Table table, String where, boolean legacy)
            throws IOException, RestoreException {
        Map<String, Object> row = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Column column = columns.containsKey(name) || !legacy ? columns.get(name)
                    : LegacyBylines.column(name).orElse(null);
            if (column == null) {
                throw RestoreException.at(parser.currentTokenLocation(), where + " has a column \"" + name
                        + "\" that the table " + table.name() + " does not have");
            }
            parser.nextToken();
            row.put(name, column.read(parser, where + "." + name));
        }
        return row;
    }

    /**
     * The rows the target's migrations made (the starter pages with their revisions, the settings row) give way to
     * the export's. The database is otherwise empty, so nothing else refers to them.
     */
    private static void forgetSeededRows(Connection connection, BackupFormat.Table table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The name comes from BackupFormat, never from the file.
            statement.execute("DELETE FROM " + table.name());
        }
    }

    /** The target's columns, which may be more than an older export has: the others get their defaults. */
    private static Map<String, Column> columnsOf(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<Column> columns = Column.of(table, none.getMetaData());
            Map<String, Column> byName = new LinkedHashMap<>();
            columns.forEach(column -> byName.put(column.name(), column));
            return byName;
        }
    }

    /** The header fields, which must all come before the first rows. */
    private static final class Header {

        private String format;
        private Integer version;
        private String schemaVersion;
        /** The schema version the rows fit, once checked. */
        private MigrationVersion exported;
        private final Map<String, JsonLocation> locations = new LinkedHashMap<>();
        private boolean checked;

        void read(String field, JsonParser parser, JsonLocation at) throws IOException, RestoreException {
            if (checked) {
                throw RestoreException.at(at, "\"" + field + "\" is not a table of the export, and header fields "
                        + "come before the rows");
            }
            locations.put(field, at);
            switch (field) {
                case BackupFormat.FORMAT_FIELD -> format = text(parser);
                case BackupFormat.VERSION_FIELD -> version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                        ? parser.getIntValue() : -1;
                case BackupFormat.EXPORTED_AT_FIELD -> text(parser);
                case BackupFormat.SCHEMA_VERSION_FIELD -> schemaVersion = text(parser);
                default -> throw RestoreException.at(at, "\"" + field + "\" is not part of a Healthpress export");
            }
        }

        private static String text(JsonParser parser) throws IOException, RestoreException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw RestoreException.at(parser.currentTokenLocation(), "\"" + parser.currentName()
                        + "\" should be a string");
            }
            return parser.getText();
        }

        /** Refuses a file that is no export, or one from a newer Healthpress than this one. */
        void check(JsonLocation at, MigrationVersion known) throws RestoreException {
            if (checked) {
                return;
            }
            if (!BackupFormat.FORMAT.equals(format)) {
                throw RestoreException.at(locations.getOrDefault(BackupFormat.FORMAT_FIELD, at),
                        "this is not a Healthpress export: it should start with \"format\":\"" + BackupFormat.FORMAT
                                + "\"");
            }
            if (version == null || version != BackupFormat.VERSION) {
                throw RestoreException.at(locations.getOrDefault(BackupFormat.VERSION_FIELD, at),
                        "this Healthpress reads export format version " + BackupFormat.VERSION + ", and the file has "
                                + (version == null ? "none" : version < 0 ? "no number" : version));
            }
            if (schemaVersion == null) {
                throw RestoreException.at(at, "the export has no \"" + BackupFormat.SCHEMA_VERSION_FIELD + "\"");
            }
            JsonLocation schemaAt = locations.getOrDefault(BackupFormat.SCHEMA_VERSION_FIELD, at);
            try {
                exported = MigrationVersion.fromVersion(schemaVersion);
            } catch (RuntimeException e) {
                throw RestoreException.at(schemaAt, "\"" + schemaVersion + "\" is not a schema version");
            }
            if (exported.isNewerThan(known)) {
                throw RestoreException.at(schemaAt, "the export comes from schema version " + exported
                        + ", newer than this Healthpress knows (" + known + "): restore it with a Healthpress at "
                        + "least as new as the one that exported it");
            }
            checked = true;
        }
    }
}
