package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an export holds: every column of every table it keeps, password hashes, and nothing of sessions. */
class ExportContentsTest {

    @TempDir
    static Path directory;

    private static String databaseUrl;
    private static AdminClient admin;
    private static String text;
    private static JsonNode document;

    @BeforeAll
    static void exportASampleSite() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        databaseUrl = TestDatabases.fresh();
        Path file = directory.resolve("export.json");
        try (TestApp app = TestApp.start(directory, databaseUrl, clock)) {
            admin = SampleSite.fill(app, clock);
            Backups.Outcome export = Backups.export(databaseUrl, file);
            assertEquals(0, export.exitCode(), export.err());
            assertTrue(export.out().startsWith("exported "), export.out());
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
        document = new ObjectMapper().readTree(text);
    }

    @Test
    void everyTableIsExportedOrLeftOutOnPurpose() {
        Set<String> kept = new TreeSet<>(BackupFormat.TABLES.stream().map(BackupFormat.Table::name).toList());
        Set<String> classified = new TreeSet<>(kept);
        classified.addAll(BackupFormat.LEFT_OUT.keySet());
        assertEquals(classified, tablesInTheSchema(),
                "a table must be exported (BackupFormat.TABLES) or left out with a reason (BackupFormat.LEFT_OUT)");
    }

    @Test
    void exportHoldsEveryColumnOfEveryTableItKeeps() {
        for (BackupFormat.Table table : BackupFormat.TABLES) {
            JsonNode rows = document.get(table.arrayName());
            assertTrue(rows.isArray() && !rows.isEmpty(), "the sample site has rows in " + table.name());
            for (JsonNode row : rows) {
                Set<String> exported = new TreeSet<>();
                row.fieldNames().forEachRemaining(exported::add);
                assertEquals(columnsInTheSchema(table.name()), exported, table.name());
            }
        }
    }

    @Test
    void headerNamesTheFormatAndTheSchemaVersion() throws Exception {
        assertEquals(BackupFormat.FORMAT, document.get("format").asText());
        assertEquals(BackupFormat.VERSION, document.get("format_version").asInt());
        assertTrue(document.get("exported_at").asText().endsWith("Z"), document.toString().substring(0, 200));
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            assertEquals(SchemaVersion.of(handle.getConnection()).getVersion(),
                    document.get("schema_version").asText());
        }
        assertTrue(text.lines().count() > 20, "one row per line");
    }

    @Test
    void exportHoldsPasswordHashesButNoPasswordAndNoSession() throws Exception {
        assertFalse(text.contains(admin.password()), "no password");
        JsonNode account = rowWhere("accounts", "username", admin.username());
        assertTrue(account.get("password_hash").asText().startsWith("$2"), account.toString());

        String session = admin.cookie("hp_session");
        String sessionHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(session.getBytes(StandardCharsets.UTF_8)));
        assertFalse(text.contains(session), "no session id");
        assertFalse(text.contains(sessionHash), "no session hash");
        assertFalse(text.contains(admin.csrfToken()), "no CSRF token");
        assertFalse(text.contains("admin_session") || text.contains("id_hash"), "no session table");
    }

    @Test
    void valuesKeepTheirTypes() {
        JsonNode image = document.get("images").get(0);
        assertTrue(image.get("id").isIntegralNumber());
        assertTrue(image.get("bytes").asText().startsWith("iVBORw0KGgo"), "PNG bytes in base64");
        JsonNode trashed = rowWhere("articles", "title", "An outdated page");
        assertTrue(trashed.get("deleted_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                trashed.get("deleted_at").toString());
        assertTrue(trashed.get("publication_announced").isBoolean());
        assertTrue(trashed.get("hero_image_id").isNull());
        JsonNode reviewed = rowWhere("articles", "title", "Sleep hygiene basics");
        assertEquals("2026-03-01", reviewed.get("last_reviewed").asText());
        assertTrue(reviewed.get("hero_image_id").isIntegralNumber());
        JsonNode revision = document.get("revisions").get(0);
        assertTrue(revision.get("content").isTextual(), "revision content stays the JSON text it is stored as");
    }

    private static JsonNode rowWhere(String array, String column, String value) {
        for (JsonNode row : document.get(array)) {
            if (row.get(column).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row in " + array + " with " + column + " = " + value);
    }

    private static Set<String> tablesInTheSchema() {
        return lowerCase("""
                SELECT table_name FROM information_schema.tables
                WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type = 'BASE TABLE'""", null);
    }

    private static Set<String> columnsInTheSchema(String table) {
        return lowerCase("""
                SELECT column_name FROM information_schema.columns
                WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = :table""", table);
    }

    private static Set<String> lowerCase(String sql, String table) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            var query = handle.createQuery(sql);
            if (table != null) {
                query.bind("table", table);
            }
            Set<String> names = new TreeSet<>();
            query.mapTo(String.class).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            return names;
        }
    }
}
