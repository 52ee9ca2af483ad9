package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Role;
import com.healthpress.article.Article;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review buttons over HTTP: each account sees only the acts it may take, and a refused act (403, 409 or 422)
 * says why and saves nothing.
 */
class WorkflowPagesTest {

    private static TestApp app;
    private static AdminClient writer;
    private static AdminClient reviewer;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        writer = AdminClient.loggedIn(app, Role.WRITER);
        reviewer = AdminClient.loggedIn(app, Role.REVIEWER);
        editor = AdminClient.loggedIn(app, Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachAccountSeesOnlyTheReviewButtonsItMayUse() {
        Article draft = app.articles().create(TestArticles.draft("Buttons by role"));

        Document asWriter = editorPage(writer, draft);
        Document asReviewer = editorPage(reviewer, draft);
        Document asEditor = editorPage(editor, draft);

        assertEquals("Draft", asWriter.selectFirst("#workflow-state").text());
        assertFalse(asWriter.select("#submit-for-review").isEmpty());
        assertTrue(asWriter.select("#approve, #request-changes, #publish").isEmpty());
        assertFalse(asReviewer.select("#approve").isEmpty());
        assertFalse(asReviewer.select("#request-changes").isEmpty());
        assertTrue(asReviewer.select("#submit-for-review, #publish").isEmpty());
        assertTrue(asEditor.select("#approve, #request-changes, #publish").isEmpty(), "not approved yet");
    }

    @Test
    void aWriterMayNotApproveAndNothingIsRecorded() {
        Article draft = app.articles().create(TestArticles.draft("Writer approves"));

        HttpResponse<String> response = writer.post("/admin/articles/" + draft.id() + "/approve",
                Map.of("version", String.valueOf(draft.version())));

        assertEquals(403, response.statusCode());
        assertEquals("Draft", editorPage(reviewer, draft).selectFirst("#workflow-state").text());
    }

    @Test
    void publishingAnUnapprovedArticleIsAConflictThatSaysWhyAndPublishesNothing() {
        Article draft = app.articles().create(TestArticles.draft("Editor publishes too soon"));

        HttpResponse<String> response = editor.post("/admin/articles/" + draft.id() + "/publish",
                Map.of("version", String.valueOf(draft.version())));

        assertEquals(409, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).text().contains("Only an approved article can be published"));
        assertFalse(app.articles().findById(draft.id()).orElseThrow().isPublished());
    }

    @Test
    void requestingChangesWithoutACommentIsRefusedWithTheReason() {
        Article draft = app.articles().create(TestArticles.draft("Changes without a word"));

        HttpResponse<String> response = reviewer.post("/admin/articles/" + draft.id() + "/request-changes",
                Map.of("version", String.valueOf(draft.version()), "comment", " "));

        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).text().contains("a comment is required"));
        assertEquals("Draft", editorPage(writer, draft).selectFirst("#workflow-state").text());
    }

    @Test
    void anEditorWhoIsNoReviewerPublishingAnUnapprovedDraftFromTheFormGetsAConflictAndTheFormBack() {
        Article draft = app.articles().create(TestArticles.draft("Form publish too soon"));

        HttpResponse<String> response = editor.saveArticle(draft.id(), Map.of("status", "published"), List.of());

        assertEquals(409, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).selectFirst("#status-error").text()
                .contains("Only an article a medical reviewer approved can be published"), response.body());
        assertFalse(app.articles().findById(draft.id()).orElseThrow().isPublished());
    }

    @Test
    void theHistoryPageShowsTheReviewEventsBesideTheRevisions() {
        Article draft = app.articles().create(TestArticles.draft("History of a review"));
        writer.post("/admin/articles/" + draft.id() + "/submit", Map.of("version", String.valueOf(draft.version())));
        reviewer.post("/admin/articles/" + draft.id() + "/request-changes",
                Map.of("version", String.valueOf(draft.version()), "comment", "Add the dose for children."));

        Document history = Jsoup.parse(writer.get("/admin/articles/" + draft.id() + "/history").body());

        List<String> kinds = history.select("table.workflow-events tbody th").eachText();
        assertEquals(List.of("Changes requested", "Submitted for review"), kinds);
        assertTrue(history.select("table.workflow-events").text().contains("Add the dose for children."));
    }

    private static Document editorPage(AdminClient client, Article article) {
        return Jsoup.parse(client.get("/admin/articles/" + article.id()).body());
    }
}
