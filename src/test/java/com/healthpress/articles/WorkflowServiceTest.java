package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestActors;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.access.Actor;
import com.healthpress.access.NotPermitted;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.Account;
import com.healthpress.account.AccountService;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.article.WorkflowState;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.people.PeopleService;
import com.healthpress.person.Person;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The medical review workflow's rules on a real database (H2, and PostgreSQL in the second run). */
class WorkflowServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    private final Actor writer = TestActors.withRoles("wendy", Role.WRITER);
    private final Actor reviewer = TestActors.withRoles("rita", Role.REVIEWER);
    private final Actor editor = TestActors.withRoles("eddie", Role.EDITOR);

    private Database db;
    private MutableClock clock;
    private ArticleService articles;
    private WorkflowService workflow;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh());
        clock = new MutableClock(NOW);
        articles = new ArticleService(db.jdbi(), clock, new ChangeFeed(db.jdbi(), clock));
        workflow = new WorkflowService(db.jdbi(), articles, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDraftGoesThroughReviewToPublicationWithEveryActRecordedOnItsRevision() {
        Article draft = articles.create(TestArticles.draft("Sleep and shift work"));
        assertEquals(WorkflowState.DRAFT, workflow.status(draft.id()).state());

        workflow.submit(draft.id(), draft.version(), writer);
        assertEquals(WorkflowState.IN_REVIEW, workflow.status(draft.id()).state());
        workflow.requestChanges(draft.id(), draft.version(), reviewer, "Cite the sleep guideline.");
        WorkflowService.Status sentBack = workflow.status(draft.id());
        assertEquals(WorkflowState.CHANGES_REQUESTED, sentBack.state());
        assertEquals("Cite the sleep guideline.", sentBack.latestComment().orElseThrow().comment());

        Article edited = articles.update(draft.toBuilder().body(draft.body() + "\nSee the guideline.\n").build());
        workflow.submit(edited.id(), edited.version(), writer);
        workflow.approve(edited.id(), edited.version(), reviewer, null);
        assertEquals(WorkflowState.APPROVED, workflow.status(draft.id()).state());
        workflow.publish(edited.id(), edited.version(), editor);

        Article published = articles.findById(draft.id()).orElseThrow();
        assertTrue(published.isPublished());
        assertEquals(NOW, published.publishedAt());
        List<WorkflowEvent> events = workflow.status(draft.id()).events();
        assertEquals(List.of(WorkflowEventKind.PUBLISHED, WorkflowEventKind.APPROVED, WorkflowEventKind.SUBMITTED,
                WorkflowEventKind.CHANGES_REQUESTED, WorkflowEventKind.SUBMITTED),
                events.stream().map(WorkflowEvent::kind).toList());
        assertEquals(edited.version(), events.get(1).version(), "the approval belongs to the version approved");
        assertEquals("rita", events.get(1).username());
        assertEquals(draft.version(), events.get(3).version());
    }

    @Test
    void requestingChangesWithoutACommentIsRefusedAndRecordsNothing() {
        Article draft = submitted("Knee pain");

        WorkflowRefused refused = assertThrows(WorkflowRefused.class,
                () -> workflow.requestChanges(draft.id(), draft.version(), reviewer, "   "));

        assertEquals(WorkflowRefused.INVALID, refused.status());
        assertTrue(refused.getMessage().contains("comment is required"), refused.getMessage());
        assertEquals(WorkflowState.IN_REVIEW, workflow.status(draft.id()).state());
        assertEquals(1, workflow.status(draft.id()).events().size());
    }

    @Test
    void anEditorCannotPublishAnArticleNoReviewerApprovedAndNothingIsSaved() {
        Article draft = submitted("Back pain");

        WorkflowRefused refused = assertThrows(WorkflowRefused.class,
                () -> workflow.publish(draft.id(), draft.version(), editor));

        assertEquals(WorkflowRefused.CONFLICT, refused.status());
        assertTrue(refused.getMessage().contains("Only an approved article can be published"), refused.getMessage());
        Article stored = articles.findById(draft.id()).orElseThrow();
        assertFalse(stored.isPublished());
        assertEquals(draft.version(), stored.version());
    }

    @Test
    void onlyReviewersApproveOrRequestChangesAndOnlyEditorsPublish() {
        Article draft = submitted("Migraine");

        assertThrows(NotPermitted.class, () -> workflow.approve(draft.id(), draft.version(), writer, null));
        assertThrows(NotPermitted.class, () -> workflow.approve(draft.id(), draft.version(), editor, null));
        assertThrows(NotPermitted.class, () -> workflow.requestChanges(draft.id(), draft.version(), editor, "No"));
        workflow.approve(draft.id(), draft.version(), reviewer, null);
        assertThrows(NotPermitted.class, () -> workflow.publish(draft.id(), draft.version(), reviewer));
        assertThrows(NotPermitted.class, () -> workflow.publish(draft.id(), draft.version(), writer));

        assertEquals(WorkflowState.APPROVED, workflow.status(draft.id()).state());
        assertFalse(articles.findById(draft.id()).orElseThrow().isPublished());
    }

    @Test
    void anApprovalOfAVersionThatIsNoLongerCurrentIsRefused() {
        Article draft = submitted("Asthma");
        articles.update(draft.toBuilder().title("Asthma in adults").build());

        WorkflowRefused refused = assertThrows(WorkflowRefused.class,
                () -> workflow.approve(draft.id(), draft.version(), reviewer, null));

        assertEquals(WorkflowRefused.CONFLICT, refused.status());
        assertEquals(WorkflowState.IN_REVIEW, workflow.status(draft.id()).state());
    }

    @Test
    void aChangeOfTheBodyAfterApprovalReturnsTheArticleToReviewSayingWhy() {
        Article approved = approved("Hay fever");

        articles.update(approved.toBuilder().body(approved.body() + "\nAntihistamines help most people.\n").build());

        WorkflowService.Status status = workflow.status(approved.id());
        assertEquals(WorkflowState.IN_REVIEW, status.state());
        WorkflowEvent returned = status.events().get(0);
        assertEquals(WorkflowEventKind.RETURNED_TO_REVIEW, returned.kind());
        assertEquals("The body changed after approval.", returned.comment());
        assertEquals(approved.version() + 1, returned.version());
    }

    @Test
    void aChangeOfTheLeadFaqOrReferencesAfterApprovalReturnsItToReviewToo() {
        Article approved = approved("Eczema");

        articles.update(approved.toBuilder().lead("A new lead.")
                .faq(List.of(new FaqItem("Is it contagious?", "No."))).build());

        WorkflowService.Status status = workflow.status(approved.id());
        assertEquals(WorkflowState.IN_REVIEW, status.state());
        assertEquals("The lead and FAQ changed after approval.", status.events().get(0).comment());
    }

    @Test
    void aChangeOfMetaFieldsOnlyAfterApprovalKeepsTheApproval() {
        Article approved = approved("Gout");

        articles.update(approved.toBuilder().title("Gout: what helps").metaTitle("Gout").metaDescription("About gout")
                .focusKeyword("gout").slug("gout-what-helps").topic("Joints").build());

        WorkflowService.Status status = workflow.status(approved.id());
        assertEquals(WorkflowState.APPROVED, status.state());
        assertEquals(WorkflowEventKind.APPROVED, status.events().get(0).kind());
    }

    @Test
    void thePublicPageNamesTheReviewerOfTheLatestApprovalWithItsDateNotTheTypedOne() {
        Person shah = new PeopleService(db.jdbi(), clock).create(
                Person.named("Dr Priya Shah", Author.Kind.Person).withCredentials("MD, FACP"));
        Account account = new AccountService(db.jdbi(), clock).create("priya", "a long enough password",
                Roles.of(Role.REVIEWER));
        db.jdbi().useHandle(handle -> handle.execute("UPDATE person SET account_id = ? WHERE id = ?", account.id(),
                shah.id()));
        Article draft = submitted("Gallstones");
        clock.advance(Duration.ofDays(2));
        workflow.approve(draft.id(), draft.version(), TestActors.withRoles("priya", Role.REVIEWER), "Accurate.");
        workflow.publish(draft.id(), draft.version(), editor);

        MedicalReview shown = articles.findPublic(draft.slug()).orElseThrow().review();

        assertEquals(shah.id(), shown.reviewerId());
        assertEquals("Dr Priya Shah", shown.reviewerName());
        assertEquals("MD, FACP", shown.credentials());
        assertEquals(LocalDate.of(2026, 11, 22), shown.lastReviewed(), "the approval's day, not the typed 1 March");
        assertEquals(shah.id(), workflow.status(draft.id()).events().get(1).reviewer().personId(),
                "the approval names the person record linked to the approving account");
    }

    @Test
    void anArticleCreatedPublishedCountsAsApprovedByTheReviewItCameWith() {
        Article imported = articles.create(TestArticles.published("Imported piece", NOW.minusSeconds(60)),
                "importer", "Imported");

        WorkflowService.Status status = workflow.status(imported.id());
        assertEquals(WorkflowState.APPROVED, status.state());
        WorkflowEvent review = status.events().get(0);
        assertEquals(WorkflowEventKind.IMPORTED_REVIEW, review.kind());
        assertEquals("importer", review.username());
        assertEquals("Dr. Test Reviewer", review.reviewer().name());
        MedicalReview shown = articles.findPublic(imported.slug()).orElseThrow().review();
        assertEquals("Dr. Test Reviewer", shown.reviewerName());
        assertEquals(LocalDate.of(2026, 3, 1), shown.lastReviewed());
    }

    @Test
    void aPublishedArticleWithoutAnyReviewRecordShowsNoReviewer() {
        Article published = articles.create(TestArticles.published("No record", NOW.minusSeconds(60)));
        db.jdbi().useHandle(handle -> handle.execute("DELETE FROM workflow_event WHERE article_id = ?",
                published.id()));

        assertNull(articles.findPublic(published.slug()).orElseThrow().review());
    }

    private Article submitted(String title) {
        Article draft = articles.create(TestArticles.draft(title));
        workflow.submit(draft.id(), draft.version(), writer);
        return draft;
    }

    private Article approved(String title) {
        Article draft = submitted(title);
        workflow.approve(draft.id(), draft.version(), reviewer, null);
        return articles.findById(draft.id()).orElseThrow();
    }
}
