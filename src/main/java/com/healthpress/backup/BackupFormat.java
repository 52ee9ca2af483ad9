package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The shape of an export file: a header, then one array of rows per table, in the order a restore inserts them.
 *
 * <pre>
 * {
 * "format":"healthpress-export",
 * "format_version":1,
 * "exported_at":"2026-11-25T19:30:00.123456Z",
 * "schema_version":"11",
 * "accounts":[
 * {"id":1,"username":"editor","password_hash":"$2a$12$…","created_at":"…","updated_at":"…","disabled":false}
 * ],
 * "account_roles":[ {"account_id":1,"role":"admin"} ],
 * "images":[ … ], "image_variants":[ … ], "people":[ … ], "articles":[ … ], "faq_items":[ … ], "references":[ … ],
 * "revisions":[ … ], "slug_redirects":[ … ], "pages":[ … ], "page_revisions":[ … ], "site_settings":[ … ],
 * "topic_review_intervals":[ … ], "person_slug_redirects":[ … ], "page_slug_redirects":[ … ], "redirects":[ … ]
 * }
 * </pre>
 *
 * A row has every column of its table under the column's name: whole numbers as numbers, text as strings, booleans,
 * dates as {@code yyyy-MM-dd}, timestamps as ISO-8601 instants in UTC, bytes as base64, and null for no value. An
 * export from an older schema lacks the arrays of tables added since, and the columns added since (a restore gives
 * those their defaults: images restored without {@code variants_made} get their variants made by the server). The
 * articles of an export from before people (schema 15) name their author and reviewer by text, which the restore
 * turns into person records as the migration did (see LegacyBylines). An export from before pages keeps the starter
 * pages and the default settings that the restored database's migrations made; a newer one replaces them with its own.
 * Articles' next-review dates are worked out again after every restore (an export from before review cycles, schema
 * 20, has none).
 */
final class BackupFormat {

    static final String FORMAT = "healthpress-export";
    static final int VERSION = 1;

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "format_version";
    static final String EXPORTED_AT_FIELD = "exported_at";
    static final String SCHEMA_VERSION_FIELD = "schema_version";

    /**
     * A table of the export: its array in the file, its name in the database, the key its rows are sorted by, the
     * schema version that added it (null for the first tables), before which an export has no array for it, the
     * SQL that gives a restore of such an older export what the migration gave the rows then (or null), and whether
     * the migrations put rows in it (the starter pages, the settings row), which an export's rows replace.
     */
    record Table(String arrayName, String name, String orderBy, String addedInSchema, String backfill,
                 boolean seeded) {

        Table(String arrayName, String name, String orderBy) {
            this(arrayName, name, orderBy, null, null, false);
        }

        Table(String arrayName, String name, String orderBy, String addedInSchema) {
            this(arrayName, name, orderBy, addedInSchema, null, false);
        }

        Table(String arrayName, String name, String orderBy, String addedInSchema, String backfill) {
            this(arrayName, name, orderBy, addedInSchema, backfill, false);
        }

        Table(String arrayName, String name, String orderBy, String addedInSchema, boolean seeded) {
            this(arrayName, name, orderBy, addedInSchema, null, seeded);
        }

        /** True when an export of the given schema version could not have this table, so may lack its array. */
        boolean isNewerThan(MigrationVersion exported) {
            return addedInSchema != null && MigrationVersion.fromVersion(addedInSchema).isNewerThan(exported);
        }
    }

    /** Parents before children, so that every foreign key points at a row the restore has already inserted. */
    static final List<Table> TABLES = List.of(
            new Table("accounts", "account", "id"),
            // Accounts from before roles could do everything: restored from such an export they are admins, as the
            // migration made them.
            new Table("account_roles", "account_role", "account_id, role", "16",
                    "INSERT INTO account_role (account_id, role) SELECT id, 'admin' FROM account"),
            new Table("images", "image", "id"),
            new Table("image_variants", "image_variant", "image_id, name, content_type", "14"),
            new Table("people", "person", "id", "15"),
            new Table("articles", "article", "id"),
            new Table("faq_items", "faq_item", "id"),
            new Table("references", "article_reference", "id"),
            new Table("revisions", "article_revision", "id"),
            new Table("slug_redirects", "slug_redirect", "old_slug"),
            // Restored from an export made before the review workflow, published articles count as approved by the
            // review they carry, as the upgrade's migration made them.
            new Table("workflow_events", "workflow_event", "id", "19",
                    "INSERT INTO workflow_event (article_id, version, kind, username, reviewer_id, reviewed_on, "
                    + "occurred_at, comment) SELECT id, version, 'imported_review', 'upgrade', reviewer_id, "
                    + "last_reviewed, CURRENT_TIMESTAMP, 'The reviewer and last-reviewed date the article carried "
                    + "before the review workflow' FROM article WHERE status = 'published'"),
            new Table("pages", "page", "id", "18", true),
            new Table("page_revisions", "page_revision", "id", "18", true),
            new Table("site_settings", "site_settings", "id", "18", true),
            new Table("topic_review_intervals", "topic_review_interval", "topic_slug", "20"),
            new Table("person_slug_redirects", "person_slug_redirect", "old_slug", "23"),
            new Table("page_slug_redirects", "page_slug_redirect", "old_slug", "23"),
            new Table("redirects", "redirect", "id", "30"));

    /**
     * Columns an older export lacks, filled once its rows are in as their migration filled them: V21's
     * content_updated_at (the date readers see) starts from updated_at.
     */
    static final List<String> FILL_AFTER_RESTORE = List.of(
            "UPDATE article SET content_updated_at = updated_at WHERE content_updated_at IS NULL");

    /**
     * The tables an export leaves out on purpose, and why. Every table of the schema is either in {@link #TABLES}
     * or here; a test fails for a new table until it is put in one of the two.
     */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("admin_session", "a login belongs to one browser and one database; restored elsewhere it would "
                    + "let an old cookie in again, and it ends within 12 hours anyway: admins log in again"),
            Map.entry("login_failure", "throttling counts the last 15 minutes only; old failures mean nothing on a "
                    + "new database"),
            Map.entry("account_invite", "one-time links to pick a password, shown once to an admin; on a restored site "
                    + "an admin makes a new link for each account still invited"),
            Map.entry("setup_token", "a one-time link for a site without admins; a restored site has its admins, and "
                    + "a site without them makes a new link at its next start"),
            Map.entry("server_secret", "the key that signs the login forms' tokens belongs to one site and is better "
                    + "not in a file: a restored site makes its own at first use"),
            Map.entry("change_event", "messages to the running servers about which cached pages to drop, kept for an "
                    + "hour; a restore announces one change of everything instead"),
            Map.entry("article_search", "search documents are made from the articles and their FAQ: a restore writes "
                    + "them again, so they always match the search code of the version that restores"),
            Map.entry("article_link", "the links of the articles' bodies are read from the bodies: a restore writes "
                    + "them again, as it does the search documents"),
            Map.entry("article_link_pending", "the articles stored before the link index, whose links the server "
                    + "reads once; a restore writes every article's links itself"),
            Map.entry("flyway_schema_history", "Flyway's own record of migrations: the restore target is migrated by "
                    + "its own Flyway, and the header carries the version the rows fit"),
            Map.entry("stored_page", "rendered pages are made from the rest: a restored site renders its own, with "
                    + "its own build's templates"),
            Map.entry("stored_page_tag", "the tags of stored pages, which are left out"),
            Map.entry("page_store_lock", "one row whose lock orders changes against stores of pages, made by its "
                    + "migration"),
            Map.entry("api_key", "Content API keys are secrets of one site's clients, kept only as hashes: a restored "
                    + "site's admin creates new keys and hands them out"),
            Map.entry("webhook_endpoint", "endpoints hold their signing secrets, which are better not in a file: an "
                    + "admin registers the endpoints of a restored site again"),
            Map.entry("outbox_event", "events of changes to send to webhooks and IndexNow, kept 30 days; a restore "
                    + "sends none, as it publishes nothing new"),
            Map.entry("webhook_delivery", "the delivery log of the endpoints, which are left out"),
            Map.entry("indexnow_url", "addresses waiting to be sent to IndexNow, a queue of minutes"),
            Map.entry("not_found", "the 404 log counts what readers asked for on one running site lately; a restored "
                    + "site starts its own"));

    private BackupFormat() {
    }

    /**
     * Jackson as exports are written and read: a key twice in one row is an error, and strings may be as long as
     * the largest value the schema holds (an article body of a million characters, an image of 5 MB in base64) with
     * room to spare, whatever the library's default.
     */
    static JsonFactory json() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 * 1024 * 1024).build())
                .build();
    }

    static Optional<Table> table(String arrayName) {
        return TABLES.stream().filter(table -> table.arrayName().equals(arrayName)).findFirst();
    }
}
