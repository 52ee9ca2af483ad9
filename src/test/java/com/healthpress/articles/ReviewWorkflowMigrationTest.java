package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to the review workflow (V19): articles published before it count as approved by an imported review made
 * from the reviewer and last-reviewed date they carry, so their public pages say what they said; drafts stay drafts.
 */
class ReviewWorkflowMigrationTest {

    @Test
    void publishedArticlesKeepTheirReviewerAndDateAndDraftsHaveNoEvents() {
        String url = TestDatabases.fresh();
        Article published;
        Article draft;
        try (Database database = Database.open(url)) {
            ArticleService articles = service(database);
            published = articles.create(TestArticles.published("Published before", Instant.parse("2026-01-05T08:00:00Z")));
            draft = articles.create(TestArticles.draft("Drafted before"));
            database.jdbi().useHandle(handle -> {
                // As a database made by the previous release (V18): no workflow table yet.
                handle.execute("DROP TABLE workflow_event");
                handle.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '19'");
            });
        }

        try (Database database = Database.open(url)) {
            ArticleService articles = service(database);
            WorkflowService workflow = new WorkflowService(database.jdbi(), articles, Clock.systemUTC());

            List<WorkflowEvent> events = workflow.status(published.id()).events();
            assertEquals(1, events.size());
            assertEquals(WorkflowEventKind.IMPORTED_REVIEW, events.get(0).kind());
            assertEquals(published.version(), events.get(0).version());
            assertEquals(WorkflowState.APPROVED, workflow.status(published.id()).state());
            MedicalReview shown = articles.findPublic(published.slug()).orElseThrow().review();
            assertEquals(published.review().reviewerId(), shown.reviewerId());
            assertEquals("Dr. Test Reviewer", shown.reviewerName());
            assertEquals(LocalDate.of(2026, 3, 1), shown.lastReviewed());
            assertEquals(WorkflowState.DRAFT, workflow.status(draft.id()).state());
            assertNull(workflow.status(draft.id()).latestComment().orElse(null));
        }
    }

    private static ArticleService service(Database database) {
        return new ArticleService(database.jdbi(), Clock.systemUTC(), new ChangeFeed(database.jdbi(), Clock.systemUTC()));
    }
}
