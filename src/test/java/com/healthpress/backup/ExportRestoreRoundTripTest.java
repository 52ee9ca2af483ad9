package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.healthpress.TestActors.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.healthpress.AdminClient;
import com.healthpress.MainProcess;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.AccountService;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.HeroImageChange;
import com.healthpress.article.Article;
import com.healthpress.article.ImageFormat;
import com.healthpress.article.Reference;
import com.healthpress.article.VariantPlan;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageVariants;
import com.healthpress.image.ImageWorkers;
import com.healthpress.storage.Database;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export restored into a new database gives back the same site: the same bytes on every public address, image
 * variants included; an export from before variants existed gets them made after the restore.
 */
class ExportRestoreRoundTripTest {

    @TempDir
    Path directory;

    /** The sample site for the tests that only read it, filled once (each fill starts a server), and its export. */
    @TempDir
    static Path sampleDirectory;
    private static String sampleDatabase;
    private static Path sampleExport;

    private static Path sampleExport() {
        if (sampleExport == null) {
            MutableClock clock = MutableClock.startingNow();
            String database = TestDatabases.fresh();
            try (TestApp app = TestApp.start(sampleDirectory, database, clock)) {
                SampleSite.fill(app, clock);
            }
            Path file = sampleDirectory.resolve("sample.json");
            assertEquals(0, Backups.export(database, file).exitCode());
            sampleDatabase = database;
            sampleExport = file;
        }
        return sampleExport;
    }

    private static String sampleDatabase() {
        sampleExport();
        return sampleDatabase;
    }

    /** The export as a Healthpress of an older schema wrote it: rewritten, and saved under the name given. */
    private Path olderExport(Path export, String name, String schemaVersion, Consumer<ObjectNode> rewrite)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(export.toFile());
        document.put(BackupFormat.SCHEMA_VERSION_FIELD, schemaVersion);
        rewrite.accept(document);
        Path old = directory.resolve(name);
        json.writeValue(old.toFile(), document);
        return old;
    }

    @Test
    void restoredSiteServesTheSamePagesByteForByte() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String original = TestDatabases.fresh();
        String restored = TestDatabases.fresh();
        Path file = directory.resolve("site.json");
        AdminClient admin;

        try (TestApp app = TestApp.start(directory, original, clock)) {
            admin = SampleSite.fill(app, clock);
            MainProcess.Result export = MainProcess.run(directory, original, "export", file.toString());
            assertEquals(0, export.exitCode(), export.output());
            assertTrue(export.output().contains("exported " + countsOf(original) + " to " + file), export.output());
            assertEquals(200, app.get("/").statusCode(), "the server still serves after the export");
        }
        assertFalse(Files.exists(directory.resolve("site.json.tmp")));

        MainProcess.Result restore = MainProcess.run(directory, restored, "restore", file.toString());
        assertEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains("restored " + countsOf(original) + " from " + file), restore.output());

        List<String> paths = SampleSite.publicPaths(original);
        try (PageServer before = PageServer.start(original, clock);
             PageServer after = PageServer.start(restored, clock)) {
            List<String> differences = new ArrayList<>();
            int pages = 0;
            for (String path : paths) {
                HttpResponse<byte[]> expected = before.get(path);
                HttpResponse<byte[]> actual = after.get(path);
                pages += expected.statusCode() == 200 ? 1 : 0;
                if (!same(expected, actual)) {
                    differences.add(path + ": " + expected.statusCode() + " " + actual.statusCode() + "\n"
                            + firstDifference(expected.body(), actual.body()));
                }
            }
            assertEquals(List.of(), differences);
            assertTrue(pages >= 15, pages + " pages of " + paths);
            assertEquals("/articles/" + SampleSite.NEW_SLUG,
                    after.get("/articles/" + SampleSite.OLD_SLUG).headers().firstValue("Location").orElseThrow());
            assertTrue(paths.stream().anyMatch(path -> path.startsWith("/images/")), paths.toString());

            assertTrue(after.logIn(admin.username(), admin.password()), "the admin logs in with the same password");
            assertFalse(after.logIn(admin.username(), admin.password() + "x"));
        }
    }

    @Test
    void restoredDatabaseHasTheSameRowsAndGivesNewRowsNewIds() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();
        Path first = sampleExport();
        Path second = directory.resolve("second.json");

        Backups.Outcome restore = Backups.restore(restored, first);
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(0, Backups.export(restored, second).exitCode());
        ObjectMapper json = new ObjectMapper();
        ObjectNode before = (ObjectNode) json.readTree(first.toFile());
        ObjectNode after = (ObjectNode) json.readTree(second.toFile());
        before.remove(BackupFormat.EXPORTED_AT_FIELD);
        after.remove(BackupFormat.EXPORTED_AT_FIELD);
        assertEquals(before, after);
        assertEquals(Backups.rowCounts(original), Backups.rowCounts(restored));
        assertEquals(searchDocuments(original), searchDocuments(restored));

        try (Database database = Database.open(restored)) {
            Map<String, Long> highest = highestIds(database);
            ArticleService articles = new ArticleService(database.jdbi(), clock,
                    new ChangeFeed(database.jdbi(), clock));
            Article added = articles.create(TestArticles.published("Written after the restore", clock.instant())
                    .toBuilder().references(List.of(new Reference("A source", null, null, null, null))).build());
            ArticleEditor editor = new ArticleEditor(database.jdbi(), articles,
                    new HeroImages(new ImageWorkers(), clock), clock);
            assertInstanceOf(ArticleEditor.Saved.class, editor.update(added,
                    new HeroImageChange(SampleSite.png(300, 150, Color.RED), "Red", false), admin("editor"), "Edited"));
            new AccountService(database.jdbi(), clock).create("after-restore", "a password of sixteen");
            Map<String, Long> now = highestIds(database);
            for (String table : highest.keySet()) {
                assertTrue(now.get(table) > highest.get(table), table + ": " + highest + " then " + now);
            }
        }
    }

    @Test
    void imageVariantsKeepTheirBytes() throws Exception {
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();

        Backups.Outcome restore = Backups.restore(restored, sampleExport());

        assertEquals(0, restore.exitCode(), restore.err());
        List<String> variants = variantRows(original);
        assertEquals(VariantPlan.of(SampleSite.HERO_WIDTH, SampleSite.HERO_HEIGHT, ImageFormat.PNG).size(),
                variants.size(), variants.toString());
        assertEquals(variants, variantRows(restored));
        assertEquals(List.of(true), variantsMade(restored));
    }

    @Test
    void anExportFromBeforeVariantsIsRestoredAndItsImagesGetTheirVariants() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();
        Path old = olderExport(sampleExport(), "before-variants.json", "13", document -> {
            document.remove("image_variants");
            document.get("images").forEach(image -> ((ObjectNode) image).remove("variants_made"));
        });
        String text = Files.readString(old, StandardCharsets.UTF_8);
        assertFalse(text.contains("variants_made") || text.contains("image_variants"), "nothing of variants is left");

        Backups.Outcome restore = Backups.restore(restored, old);

        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(List.of(false), variantsMade(restored));
        assertEquals(List.of(), variantRows(restored));
        try (Database database = Database.open(restored); ImageWorkers workers = new ImageWorkers();
             ChangeFeed changes = new ChangeFeed(database.jdbi(), clock)) {
            assertEquals(1, new ImageVariants(database.jdbi(), workers, changes).makeMissing());
        }
        assertEquals(List.of(true), variantsMade(restored));
        assertEquals(withoutBytes(variantRows(original)), withoutBytes(variantRows(restored)));
    }

    @Test
    void accountsKeepTheirRolesAndStateAndAnExportFromBeforeRolesRestoresItsAccountsAsAdmins() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        String original = TestDatabases.fresh();
        Path current = directory.resolve("with-roles.json");
        try (Database database = Database.open(original)) {
            AccountService accounts = new AccountService(database.jdbi(), clock);
            accounts.create("boss", "a password of sixteen");
            accounts.create("wendy", "a password of sixteen", Roles.of(Role.WRITER, Role.REVIEWER));
            long off = accounts.create("off", "a password of sixteen", Roles.of(Role.EDITOR)).id();
            accounts.setDisabled(off, true);
        }
        assertEquals(0, Backups.export(original, current).exitCode());
        Path old = olderExport(current, "before-roles.json", "14", document -> {
            document.remove("account_roles");
            document.get("accounts").forEach(account -> ((ObjectNode) account).remove("disabled"));
        });

        String restored = TestDatabases.fresh();
        String restoredOld = TestDatabases.fresh();
        assertEquals(0, Backups.restore(restored, current).exitCode());
        Backups.Outcome fromOld = Backups.restore(restoredOld, old);

        assertEquals(0, fromOld.exitCode(), fromOld.err());
        assertEquals(List.of("boss ACTIVE admin", "off DISABLED editor", "wendy ACTIVE writer, reviewer"),
                accountRows(restored, clock));
        assertEquals(List.of("boss ACTIVE admin", "off ACTIVE admin", "wendy ACTIVE admin"),
                accountRows(restoredOld, clock));
    }

    private static List<String> accountRows(String databaseUrl, MutableClock clock) {
        try (Database database = Database.open(databaseUrl)) {
            return new AccountService(database.jdbi(), clock).list().stream()
                    .map(account -> account.username() + " " + account.state() + " " + account.roles().names())
                    .toList();
        }
    }

    @Test
    void anExportFromBeforeReferencesHadAnAccessedDateIsRestoredWithoutOne() throws Exception {
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();
        Path old = olderExport(sampleExport(), "before-accessed-dates.json", "14", document -> document
                .get("references").forEach(reference -> ((ObjectNode) reference).remove("accessed_on")));
        assertFalse(Files.readString(old, StandardCharsets.UTF_8).contains("accessed_on"));

        Backups.Outcome restore = Backups.restore(restored, old);

        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(List.of("Sleep and health null", "A leaflet without a link null"), referenceRows(restored));
        assertEquals(List.of("Sleep and health 2026-03-02", "A leaflet without a link null"), referenceRows(original));
    }

    @Test
    void anExportFromBeforeCorrectionsIsRestoredWithItsDatesAsTheyWereAndMinorEditsOnly() throws Exception {
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();
        Path old = olderExport(sampleExport(), "before-corrections.json", "18", document -> {
            document.get("articles").forEach(article -> ((ObjectNode) article).remove("content_updated_at"));
            document.get("revisions").forEach(revision -> ((ObjectNode) revision).remove(List.of("change_kind",
                    "change_note")));
        });
        String text = Files.readString(old, StandardCharsets.UTF_8);
        assertFalse(text.contains("content_updated_at") || text.contains("change_kind"), "nothing of V21 is left");

        Backups.Outcome restore = Backups.restore(restored, old);

        assertEquals(0, restore.exitCode(), restore.err());
        try (Database database = Database.open(restored); Handle handle = database.jdbi().open()) {
            assertEquals(0, handle.createQuery("SELECT COUNT(*) FROM article WHERE content_updated_at IS NULL "
                    + "OR content_updated_at <> updated_at").mapTo(Integer.class).one(), "dates as they were");
            assertEquals(List.of("minor"), handle.createQuery("SELECT DISTINCT change_kind FROM article_revision")
                    .mapTo(String.class).list());
        }
        try (Database database = Database.open(original); Handle handle = database.jdbi().open()) {
            assertEquals(List.of("Corrected “the hours” — <b>not</b> bold & ünïcödé"), handle.createQuery(
                    "SELECT change_note FROM article_revision WHERE change_kind = 'correction'")
                    .mapTo(String.class).list(), "the export it was made from had a correction");
        }
    }

    /** Each stored reference's title and accessed date, in the order of their ids. */
    private static List<String> referenceRows(String databaseUrl) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            return handle.createQuery("SELECT title, accessed_on FROM article_reference ORDER BY id")
                    .map((rs, ctx) -> rs.getString("title") + " " + rs.getObject("accessed_on", LocalDate.class))
                    .list();
        }
    }

    /** Each stored variant: its image, name, format, size and the SHA-256 of its bytes. */
    private static List<String> variantRows(String databaseUrl) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            return handle.createQuery("""
                    SELECT image_id, name, content_type, width, height, bytes FROM image_variant
                    ORDER BY image_id, name, content_type""")
                    .map((rs, ctx) -> rs.getLong("image_id") + " " + rs.getString("name") + " "
                            + rs.getString("content_type") + " " + rs.getInt("width") + "x" + rs.getInt("height")
                            + " " + sha256(rs.getBytes("bytes")))
                    .list();
        }
    }

    private static List<String> withoutBytes(List<String> variantRows) {
        return variantRows.stream().map(row -> row.substring(0, row.lastIndexOf(' '))).toList();
    }

    private static List<Boolean> variantsMade(String databaseUrl) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            return handle.createQuery("SELECT DISTINCT variants_made FROM image").mapTo(Boolean.class).list();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest id of each table that a new article, image and account write to. */
    private static Map<String, Long> highestIds(Database database) {
        try (Handle handle = database.jdbi().open()) {
            Map<String, Long> highest = new TreeMap<>();
            for (String table : List.of("account", "image", "article", "faq_item", "article_reference",
                    "article_revision")) {
                highest.put(table, handle.createQuery("SELECT MAX(id) FROM " + table).mapTo(Long.class).one());
            }
            return highest;
        }
    }

    private static List<Map<String, Object>> searchDocuments(String databaseUrl) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            return handle.createQuery("SELECT article_id, title, lead, questions FROM article_search "
                    + "ORDER BY article_id").mapToMap().list();
        }
    }

    private static String countsOf(String databaseUrl) {
        Map<String, Long> rows = Backups.rowCounts(databaseUrl);
        return new BackupCounts(Map.of("articles", rows.get("article"), "revisions", rows.get("article_revision"),
                "people", rows.get("person"), "pages", rows.get("page"), "images", rows.get("image"),
                "accounts", rows.get("account"))).toString();
    }

    /** Status, body and the headers that carry content; Last-Modified and the ETag follow the cache, not the data. */
    private static boolean same(HttpResponse<byte[]> expected, HttpResponse<byte[]> actual) {
        return expected.statusCode() == actual.statusCode()
                && expected.headers().firstValue("Location").equals(actual.headers().firstValue("Location"))
                && expected.headers().firstValue("Content-Type").equals(actual.headers().firstValue("Content-Type"))
                && Arrays.equals(expected.body(), actual.body());
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String a = new String(expected, StandardCharsets.UTF_8);
        String b = new String(actual, StandardCharsets.UTF_8);
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "  expected …" + a.substring(from, Math.min(a.length(), i + 80)) + "…\n  actual   …"
                + b.substring(from, Math.min(b.length(), i + 80)) + "…";
    }

    @Test
    void anExportFromBeforePagesIsRestoredWithTheFourStarterDraftsAndDefaultSettings() throws Exception {
        String restored = TestDatabases.fresh();
        Path old = olderExport(sampleExport(), "before-pages.json", "14", document ->
                document.remove(List.of("pages", "page_revisions", "site_settings")));

        Backups.Outcome restore = Backups.restore(restored, old);

        assertEquals(0, restore.exitCode(), restore.err());
        try (Database database = Database.open(restored); Handle handle = database.jdbi().open()) {
            assertEquals(List.of("about:DRAFT", "corrections-policy:DRAFT", "editorial-policy:DRAFT",
                    "medical-review-policy:DRAFT"), handle.createQuery(
                    "SELECT slug || ':' || status FROM page ORDER BY slug").mapTo(String.class).list());
            assertEquals(4, handle.createQuery("SELECT COUNT(*) FROM page_revision").mapTo(Integer.class).one());
            assertEquals(List.of(0), handle.createQuery("SELECT version FROM site_settings")
                    .mapTo(Integer.class).list());
        }
    }

    @Test
    void pagesTheirRevisionsAndTheSettingsReplaceTheStarterRows() throws Exception {
        String original = sampleDatabase();
        String restored = TestDatabases.fresh();

        Backups.Outcome restore = Backups.restore(restored, sampleExport());

        assertEquals(0, restore.exitCode(), restore.err());
        for (String query : List.of("SELECT id || slug || status || version || body FROM page ORDER BY id",
                "SELECT page_id || ':' || version || body FROM page_revision ORDER BY id",
                "SELECT site_name || version || contact_url || publishing_principles_page_id || logo_image_id "
                        + "FROM site_settings")) {
            assertEquals(rows(original, query), rows(restored, query), query);
        }
        assertTrue(rows(restored, "SELECT status FROM page").contains("PUBLISHED"));
        assertEquals(List.of("Sample Health"), rows(restored, "SELECT site_name FROM site_settings"));
    }

    private static List<String> rows(String databaseUrl, String query) {
        try (Database database = Database.open(databaseUrl); Handle handle = database.jdbi().open()) {
            return handle.createQuery(query).mapTo(String.class).list();
        }
    }
}
