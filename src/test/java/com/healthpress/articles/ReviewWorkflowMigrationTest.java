package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestDatabases;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaAt;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to the review workflow (V19): articles published before it count as approved by an imported review made
 * from the reviewer and last-reviewed date they carry, so their public pages say what they said; drafts stay drafts.
 */
class ReviewWorkflowMigrationTest {

    @Test
    void publishedArticlesKeepTheirReviewerAndDateAndDraftsHaveNoEvents() {
        String url = TestDatabases.fresh();
        // A database as the previous release (V18) left it: no workflow table yet.
        SchemaAt.migrateOnlyTo(url, "18", handle -> {
            insertPerson(handle, 1, "dr-test-writer", "Dr. Test Writer", null);
            insertPerson(handle, 2, "dr-test-reviewer", "Dr. Test Reviewer", "MD");
            insertArticle(handle, 1, "published-before", "published", "TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00'");
            insertArticle(handle, 2, "drafted-before", "draft", "NULL");
        });

        try (Database database = Database.open(url)) {
            ArticleService articles = service(database);
            WorkflowService workflow = new WorkflowService(database.jdbi(), articles, Clock.systemUTC());

            List<WorkflowEvent> events = workflow.status(1).events();
            assertEquals(1, events.size());
            assertEquals(WorkflowEventKind.IMPORTED_REVIEW, events.get(0).kind());
            assertEquals(3, events.get(0).version());
            assertEquals(WorkflowState.APPROVED, workflow.status(1).state());
            MedicalReview shown = articles.findPublic("published-before").orElseThrow().review();
            assertEquals(2L, shown.reviewerId());
            assertEquals("Dr. Test Reviewer", shown.reviewerName());
            assertEquals(LocalDate.of(2026, 3, 1), shown.lastReviewed());
            assertEquals(WorkflowState.DRAFT, workflow.status(2).state());
            assertNull(workflow.status(2).latestComment().orElse(null));
        }
    }

    private static void insertPerson(Handle handle, long id, String slug, String name, String credentials) {
        handle.createUpdate("INSERT INTO person (id, slug, name, kind, credentials, created_at, updated_at, version) "
                        + "VALUES (:id, :slug, :name, 'Person', :credentials, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)")
                .bind("id", id).bind("slug", slug).bind("name", name).bind("credentials", credentials).execute();
    }

    private static void insertArticle(Handle handle, long id, String slug, String status, String publishedAt) {
        handle.createUpdate("INSERT INTO article (id, slug, title, meta_title, meta_description, focus_keyword, lead, "
                        + "body, author_id, reviewer_id, last_reviewed, status, published_at, created_at, updated_at, "
                        + "version) VALUES (:id, :slug, 'Title', '', '', '', 'Lead.', '## One\n\nText.', 1, 2, "
                        + "DATE '2026-03-01', :status, " + publishedAt + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3)")
                .bind("id", id).bind("slug", slug).bind("status", status).execute();
    }

    private static ArticleService service(Database database) {
        return new ArticleService(database.jdbi(), Clock.systemUTC(), new ChangeFeed(database.jdbi(), Clock.systemUTC()));
    }
}
