package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database and an export made by the release before people (schema 14, commit 5e59fd7, holding its demo content):
 * this release opens the database with every author and reviewer text turned into a person record linked to its
 * articles, an export of it restores with the same records, and the old export restores into the new schema (on H2
 * and on PostgreSQL) with the same records as the migration made.
 */
class PreviousReleaseTest {

    private static final String FIXTURE = "/backup/previous-release/";

    @TempDir
    Path directory;

    /** The author and reviewer texts of one article of the old database. */
    private record Texts(String slug, String author, String kind, String reviewer, String credentials) {
    }

    @Test
    void theOldDatabaseOpensWithEveryAuthorAndReviewerAsARecordLinkedToItsArticles() throws Exception {
        String url = oldDatabase();
        List<Texts> before = texts(url);
        assertFalse(before.isEmpty());

        try (Database database = Database.open(url); Handle handle = database.jdbi().open()) {
            for (Texts article : before) {
                List<String> author = handle.createQuery("""
                        SELECT p.name, p.kind FROM article a JOIN person p ON p.id = a.author_id WHERE a.slug = :slug
                        """).bind("slug", article.slug())
                        .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).list();
                assertEquals(List.of(article.author().strip() + "|" + article.kind()), author, article.slug());
                List<String> reviewer = handle.createQuery("""
                        SELECT p.name, p.credentials FROM article a JOIN person p ON p.id = a.reviewer_id
                        WHERE a.slug = :slug
                        """).bind("slug", article.slug())
                        .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).list();
                assertEquals(article.reviewer() == null ? List.of()
                        : List.of(article.reviewer().strip() + "|" + article.credentials()), reviewer, article.slug());
            }
            long distinct = before.stream().map(t -> t.author().strip().toLowerCase(Locale.ROOT) + "|" + t.kind())
                    .distinct().count();
            assertTrue(handle.createQuery("SELECT COUNT(*) FROM person").mapTo(Long.class).one() >= distinct);
        }

        Path export = directory.resolve("migrated.json");
        assertEquals(0, Backups.export(url, export).exitCode());
        String restored = TestDatabases.fresh();
        Backups.Outcome restore = Backups.restore(restored, export);
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(people(url), people(restored));
        assertEquals(links(url), links(restored));
    }

    @Test
    void upgradingChangesNoDateReadersSeeAndCallsEveryOldRevisionAMinorEdit() throws Exception {
        String url = oldDatabase();
        String password = Files.readString(directory.resolve("healthpress.h2-password")).trim();
        String lastChange = "SELECT slug || ' ' || CAST(CASE WHEN published_at > %1$s THEN published_at ELSE %1$s END "
                + "AS VARCHAR) FROM article ORDER BY id";
        List<String> before = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(lastChange.formatted("updated_at"))) {
            while (rows.next()) {
                before.add(rows.getString(1));
            }
        }
        assertFalse(before.isEmpty());

        try (Database database = Database.open(url); Handle handle = database.jdbi().open()) {
            assertEquals(before, handle.createQuery(lastChange.formatted("content_updated_at"))
                    .mapTo(String.class).list());
            assertEquals(List.of("minor"), handle.createQuery("SELECT DISTINCT change_kind FROM article_revision")
                    .mapTo(String.class).list());
        }
    }

    @Test
    void anExportOfThePreviousReleaseRestoresWithTheRecordsTheMigrationMakes() throws Exception {
        String migrated = oldDatabase();
        Path export = directory.resolve("previous-release-export.json");
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream(FIXTURE + "export.json")) {
            Files.copy(in, export);
        }
        String restored = TestDatabases.fresh();

        Backups.Outcome restore = Backups.restore(restored, export);

        assertEquals(0, restore.exitCode(), restore.err());
        List<String> people = people(restored);
        assertFalse(people.isEmpty());
        assertEquals(people(migrated), people);
        assertEquals(links(migrated), links(restored));
    }

    @Test
    void theOldDatabaseAndItsOldExportGiveEveryReviewedArticleTheSameNextReviewDate() throws Exception {
        String migrated = oldDatabase();
        Path export = directory.resolve("previous-release-export.json");
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream(FIXTURE + "export.json")) {
            Files.copy(in, export);
        }
        String restored = TestDatabases.fresh();

        Backups.Outcome restore = Backups.restore(restored, export);

        assertEquals(0, restore.exitCode(), restore.err());
        List<String> dueDates = reviewDueDates(migrated);
        assertTrue(dueDates.stream().anyMatch(row -> !row.endsWith("|null")), dueDates.toString());
        assertTrue(dueDates.stream().allMatch(row -> row.startsWith("null|") == row.endsWith("|null")),
                dueDates.toString());
        assertEquals(dueDates, reviewDueDates(restored));
    }

    /** Each article's last review and next-review date (V20), by slug. */
    private static List<String> reviewDueDates(String url) {
        try (Database database = Database.open(url); Handle handle = database.jdbi().open()) {
            return handle.createQuery("SELECT last_reviewed, review_due, slug FROM article ORDER BY slug")
                    .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(3) + "|" + rs.getString(2))
                    .list();
        }
    }

    /** A copy of the old H2 database and its password file in the test's directory; its URL. */
    private String oldDatabase() throws IOException {
        for (String file : List.of("healthpress.mv.db", "healthpress.h2-password")) {
            try (InputStream in = PreviousReleaseTest.class.getResourceAsStream(FIXTURE + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
        return "jdbc:h2:file:" + directory.resolve("healthpress");
    }

    /** The texts as the old schema holds them, read before this release opens (and migrates) the database. */
    private List<Texts> texts(String url) throws SQLException, IOException {
        String password = Files.readString(directory.resolve("healthpress.h2-password")).trim();
        List<Texts> texts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT slug, author_name, author_kind, reviewer_name, "
                     + "reviewer_credentials FROM article ORDER BY id")) {
            while (rows.next()) {
                texts.add(new Texts(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        return texts;
    }

    /** Every person record as text, by address name. */
    private static List<String> people(String url) {
        try (Database database = Database.open(url); Handle handle = database.jdbi().open()) {
            return handle.createQuery("SELECT slug, name, kind, credentials, same_as FROM person ORDER BY slug")
                    .map((rs, ctx) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                            String.valueOf(rs.getString(4)), String.valueOf(rs.getString(5))))
                    .list();
        }
    }

    /** Each article's author and reviewer by address name, by the article's. */
    private static List<String> links(String url) {
        try (Database database = Database.open(url); Handle handle = database.jdbi().open()) {
            return handle.createQuery("""
                    SELECT a.slug, pa.slug, pr.slug FROM article a JOIN person pa ON pa.id = a.author_id
                    LEFT JOIN person pr ON pr.id = a.reviewer_id ORDER BY a.slug""")
                    .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                    .list();
        }
    }
}
