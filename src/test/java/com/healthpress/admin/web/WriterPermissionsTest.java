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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a writer may do with articles, checked where the data decides (the route lets a writer save drafts): nothing
 * published or scheduled is saved, created or restored by one, the refusal is a 403 page that says why, and the
 * editor shows a writer no control it may not use.
 */
class WriterPermissionsTest {

    private static final String REFUSAL = "Your account may not do this";

    private static TestApp app;
    private static AdminClient writer;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        writer = AdminClient.loggedIn(app, Role.WRITER);
        editor = AdminClient.loggedIn(app, Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aWriterSavingAPublishedArticleIsRefusedAndNothingIsSaved() {
        Article published = app.articles().create(TestArticles.published("Published for writers",
                Instant.now().minusSeconds(60)));

        HttpResponse<String> response = writer.saveArticle(published.id(), Map.of("title", "Changed by a writer"),
                List.of());

        assertRefused(response);
        Article stored = app.articles().findById(published.id()).orElseThrow();
        assertEquals("Published for writers", stored.title());
        assertEquals(published.version(), stored.version());
    }

    @Test
    void aWriterPublishingOrSchedulingADraftIsRefusedAndItStaysADraft() {
        Article draft = app.articles().create(TestArticles.draft("Draft a writer would publish"));

        assertRefused(writer.saveArticle(draft.id(), Map.of("status", "published"), List.of()));
        assertRefused(writer.saveArticle(draft.id(), Map.of("status", "scheduled"),
                List.of(AdminClient.Part.field("publishedAt", "2099-01-01T08:00"))));

        Article stored = app.articles().findById(draft.id()).orElseThrow();
        assertFalse(stored.isPublished());
        assertEquals(draft.version(), stored.version());
    }

    @Test
    void aWriterCreatingAPublishedArticleIsRefusedAndNoneIsCreated() {
        List<Map.Entry<String, String>> fields = EditorPagesTest.articleFields("Writer's instant article",
                "published");

        HttpResponse<String> response = writer.post("/admin/articles", fields);

        assertRefused(response);
        assertTrue(app.articles().findBySlug("writers-instant-article").isEmpty());
    }

    @Test
    void aWriterSavesADraftAsADraft() {
        Article draft = app.articles().create(TestArticles.draft("Draft a writer edits"));

        HttpResponse<String> response = writer.saveArticle(draft.id(), Map.of("title", "Draft a writer edited"),
                List.of());

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("Draft a writer edited", app.articles().findById(draft.id()).orElseThrow().title());
    }

    @Test
    void aWriterRestoringARevisionOfAPublishedArticleIsRefused() {
        Article published = app.articles().create(TestArticles.published("Restored by nobody",
                Instant.now().minusSeconds(60)));
        assertEquals(303, editor.saveArticle(published.id(), Map.of("title", "Restored by nobody, edited"),
                List.of()).statusCode());

        HttpResponse<String> history = writer.get("/admin/articles/" + published.id() + "/history");
        HttpResponse<String> restore = writer.post("/admin/articles/" + published.id() + "/history/1/restore",
                Map.of());

        assertTrue(Jsoup.parse(history.body()).select("form[action$=/restore]").isEmpty(), history.body());
        assertRefused(restore);
        assertEquals("Restored by nobody, edited", app.articles().findById(published.id()).orElseThrow().title());
    }

    @Test
    void theEditorShowsAWriterNoPublishingTrashOrImportControls() {
        Article draft = app.articles().create(TestArticles.draft("Draft without publish controls"));

        Document asWriter = Jsoup.parse(writer.get("/admin/articles/" + draft.id()).body());
        Document asEditor = Jsoup.parse(editor.get("/admin/articles/" + draft.id()).body());

        assertTrue(asWriter.select("input[name=status][value=published], input[name=status][value=scheduled], "
                + "input[name=publishedAt]").isEmpty());
        assertTrue(asWriter.select("form[action$=/trash], a[href=/admin/trash], a[href=/admin/import]").isEmpty());
        assertFalse(asWriter.select("button[value=save]").isEmpty(), "a writer saves drafts");
        assertEquals(1, asEditor.select("input[name=status][value=published]").size());
        assertEquals(1, asEditor.select("form[action$=/trash]").size());
        assertFalse(asEditor.select("a[href=/admin/import]").isEmpty());
    }

    @Test
    void aWriterReadsAPublishedArticleWithoutAnyControlToChangeIt() {
        Article published = app.articles().create(TestArticles.published("Read only for writers",
                Instant.now().minusSeconds(60)));

        Document page = Jsoup.parse(writer.get("/admin/articles/" + published.id()).body());

        assertTrue(page.select("button[value=save], form[action$=/trash]").isEmpty());
        assertTrue(page.selectFirst("fieldset.plain").hasAttr("disabled"));
        assertTrue(page.text().contains("your roles do not let you change it"), page.text());
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains(REFUSAL), response.body());
        assertTrue(response.body().contains("publish"), response.body());
    }
}
