package com.healthpress.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestActors;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.access.Actor;
import com.healthpress.access.Role;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.WorkflowService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageWorkers;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing from the editor's form needs an approval: an editor who is not a reviewer is refused for an unapproved
 * article, one who is also a reviewer approves and publishes as two acts, and an approved article is published.
 */
class PublishingNeedsApprovalTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Actor editorOnly = TestActors.withRoles("eddie", Role.EDITOR);
    private final Actor editorAndReviewer = TestActors.withRoles("erin", Role.EDITOR, Role.REVIEWER);

    private static Database database;
    private static ArticleService articles;
    private static WorkflowService workflow;
    private static ArticleEditor editor;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        workflow = new WorkflowService(database.jdbi(), articles, clock);
        editor = new ArticleEditor(database.jdbi(), articles, new HeroImages(new ImageWorkers(), clock), clock);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void anEditorWhoIsNoReviewerCannotPublishAnUnapprovedDraftAndNothingIsSaved() {
        Article draft = articles.create(TestArticles.draft("Unapproved from the form"));

        ArticleEditor.Outcome outcome = editor.update(published(draft), editorOnly, "Edited");

        assertTrue(assertInstanceOf(ArticleEditor.NotApproved.class, outcome).message()
                .contains("Only an article a medical reviewer approved can be published"));
        Article stored = articles.findById(draft.id()).orElseThrow();
        assertFalse(stored.isPublished());
        assertEquals(draft.version(), stored.version());
        assertTrue(workflow.status(draft.id()).events().isEmpty());
    }

    @Test
    void anEditorWhoIsNoReviewerCannotCreateAnArticlePublished() {
        Article article = TestArticles.published("Created published by an editor", NOW.minusSeconds(60));

        assertInstanceOf(ArticleEditor.NotApproved.class, editor.create(article, false, editorOnly));

        assertFalse(articles.slugExists(article.slug()));
    }

    @Test
    void anEditorWhoIsAlsoAReviewerApprovesAndPublishesRecordedAsTwoActs() {
        Article draft = articles.create(TestArticles.draft("Approved and published at once"));

        Article saved = assertInstanceOf(ArticleEditor.Saved.class,
                editor.update(published(draft), editorAndReviewer, "Edited")).article();

        assertTrue(saved.isPublished());
        assertEquals(List.of(WorkflowEventKind.PUBLISHED, WorkflowEventKind.APPROVED), kinds(draft.id()));
        assertEquals(saved.version(), workflow.status(draft.id()).events().get(1).version());
    }

    @Test
    void anApprovedDraftIsPublishedFromTheFormByAnEditor() {
        Article draft = articles.create(TestArticles.draft("Approved first"));
        workflow.approve(draft.id(), draft.version(), TestActors.withRoles("rita", Role.REVIEWER), null);

        assertInstanceOf(ArticleEditor.Saved.class, editor.update(published(draft), editorOnly, "Edited"));

        assertEquals(List.of(WorkflowEventKind.PUBLISHED, WorkflowEventKind.APPROVED), kinds(draft.id()));
    }

    @Test
    void publishingAnApprovedDraftWhileChangingItsBodyNeedsANewApproval() {
        Article draft = articles.create(TestArticles.draft("Approved, then changed while published"));
        workflow.approve(draft.id(), draft.version(), TestActors.withRoles("rita", Role.REVIEWER), null);

        ArticleEditor.Outcome outcome = editor.update(published(draft).toBuilder().body(draft.body() + "\nMore.\n")
                .build(), editorOnly, "Edited");

        assertInstanceOf(ArticleEditor.NotApproved.class, outcome);
        Article stored = articles.findById(draft.id()).orElseThrow();
        assertFalse(stored.isPublished());
        assertEquals(draft.body(), stored.body(), "the whole save was undone");
        assertEquals(List.of(WorkflowEventKind.APPROVED), kinds(draft.id()));
    }

    private static Article published(Article draft) {
        return draft.toBuilder().status(ArticleStatus.PUBLISHED).publishedAt(NOW.minusSeconds(60)).build();
    }

    private static List<WorkflowEventKind> kinds(long articleId) {
        return workflow.status(articleId).events().stream().map(WorkflowEvent::kind).toList();
    }
}
