package com.healthpress.admin.web;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.admin.ArticleEditor;
import com.healthpress.admin.ArticleFormValidator;
import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import com.healthpress.storage.Database;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin's forms refuse a value over its field's limit on the server, whatever the browser allowed: the error
 * sits next to the field, which repeats the limit as its maxlength, everything typed is kept, and nothing is stored.
 */
class OverlongFieldsTest {

    private static TestApp app;
    private static AdminClient admin;
    private static Database database;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
        database = Database.open(app.databaseUrl());
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    /** A form field sent one character (or more) over its limit, and the id of the input that shows it. */
    record Overlong(String name, String fieldId, int limit, String value) {
        static Overlong of(String name, String fieldId, int limit) {
            return new Overlong(name, fieldId, limit, "x".repeat(limit + 1));
        }

        static Overlong url(String name, String fieldId) {
            return new Overlong(name, fieldId, ArticleFormValidator.URL_MAX,
                    "https://example.org/" + "x".repeat(ArticleFormValidator.URL_MAX));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Overlong> editorFields() {
        return List.of(
                Overlong.of("title", "title", ArticleFormValidator.TITLE_MAX),
                Overlong.of("slug", "slug", Slugs.MAX_LENGTH),
                Overlong.of("lead", "lead", ArticleFormValidator.LEAD_MAX),
                Overlong.of("body", "body", ArticleFormValidator.BODY_MAX),
                Overlong.of("topic", "topic", ArticleFormValidator.TOPIC_MAX),
                Overlong.of("metaTitle", "metaTitle", ArticleFormValidator.META_TITLE_MAX),
                Overlong.of("metaDescription", "metaDescription", ArticleFormValidator.META_DESCRIPTION_MAX),
                Overlong.of("focusKeyword", "focusKeyword", ArticleFormValidator.KEYWORD_MAX),
                Overlong.of("authorName", "authorName", ArticleFormValidator.NAME_MAX),
                Overlong.of("reviewerName", "reviewerName", ArticleFormValidator.NAME_MAX),
                Overlong.of("faqQuestion", "faq-0-question", ArticleFormValidator.QUESTION_MAX),
                Overlong.of("faqAnswer", "faq-0-answer", ArticleFormValidator.ANSWER_MAX),
                Overlong.of("refTitle", "reference-0-title", ArticleFormValidator.REFERENCE_TITLE_MAX),
                Overlong.of("refPublisher", "reference-0-publisher", ArticleFormValidator.NAME_MAX),
                Overlong.url("refUrl", "reference-0-url"));
    }

    /** A complete new article with one reference, so that every kind of field is on the form. */
    private static List<Map.Entry<String, String>> newArticle(String title) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(EditorPagesTest.articleFields(title, "draft"));
        fields.addAll(List.of(Map.entry("refTitle", "Knee pain guideline"), Map.entry("refPublisher", "NICE"),
                Map.entry("refYear", "2020"), Map.entry("refUrl", "https://www.nice.org.uk/")));
        return fields;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editorFields")
    void anOverlongEditorFieldIsRefusedNextToItWithEverythingKept(Overlong overlong) {
        List<Map.Entry<String, String>> fields =
                EditorPagesTest.replaced(newArticle("Overlong " + overlong.name()), overlong.name(), overlong.value());
        long articles = articleRows();

        HttpResponse<String> response = admin.post("/admin/articles", fields);

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element field = page.getElementById(overlong.fieldId());
        Element error = page.getElementById(overlong.fieldId() + "-error");
        assertTrue(error.text().contains(String.valueOf(overlong.limit())), error.text());
        assertTrue(field.attr("aria-describedby").contains(error.id()), field.outerHtml());
        assertEquals(String.valueOf(overlong.limit()), field.attr("maxlength"));
        assertKept(page, fields);
        assertEquals(articles, articleRows());
    }

    @Test
    void anOverlongTitleOnSaveLeavesTheStoredArticleAsItWas() {
        String editor = EditorPagesTest.create(admin, newArticle("Saved before the overlong title"));
        Article before = stored(editor);
        Document form = Jsoup.parse(admin.get(editor).body());
        String title = "x".repeat(ArticleFormValidator.TITLE_MAX + 1);

        HttpResponse<String> response = admin.post(editor, EditorPagesTest.formOf(form, Map.of("title", title)));

        assertEquals(422, response.statusCode());
        assertEquals(title, Jsoup.parse(response.body()).getElementById("title").val());
        Article after = stored(editor);
        assertEquals(before.version(), after.version());
        assertEquals("Saved before the overlong title", after.title());
    }

    @Test
    void anOverlongListSearchIsRefusedNextToTheSearchBox() {
        String query = "x".repeat(ArticleEditor.SEARCH_MAX_LENGTH + 1);

        HttpResponse<String> response = admin.get("/admin/articles?q=" + query);

        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element search = page.getElementById("q");
        assertEquals(query, search.val());
        assertEquals(String.valueOf(ArticleEditor.SEARCH_MAX_LENGTH), search.attr("maxlength"));
        assertEquals("q-error", search.attr("aria-describedby"));
        assertTrue(page.getElementById("q-error").text().contains(String.valueOf(ArticleEditor.SEARCH_MAX_LENGTH)));
        assertTrue(page.select("table.list").isEmpty());
    }

    @Test
    void aPastedDocumentOverTheLimitIsRefusedAndNothingIsImported() {
        long articles = articleRows();

        HttpResponse<String> response = admin.postMultipart("/admin/import",
                List.of(Part.field("text", "x".repeat(ImportPages.MAX_DOCUMENT_BYTES + 1))));

        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select(".form-errors").text().contains("longer than 1,000,000"));
        assertEquals(articles, articleRows());
        assertEquals(String.valueOf(ImportPages.MAX_DOCUMENT_BYTES),
                Jsoup.parse(admin.get("/admin/import").body()).getElementById("text").attr("maxlength"));
    }

    /** Jetty's own limit for the text fields of a multipart form (200,000 bytes) would answer 413 here. */
    @Test
    void aLongPasteWithinTheLimitReachesTheImporter() {
        String pasted = "Title\n" + "Lead. ".repeat(100_000);

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(Part.field("text", pasted)));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select(".form-errors").text().contains("The document was not imported: line"),
                page.select(".form-errors").text());
        assertEquals(pasted, page.getElementById("text").wholeText().replace("\r\n", "\n"));
    }

    @Test
    void aDocumentFileOverTheLimitIsRefusedAndNothingIsImported() {
        byte[] file = new byte[ImportPages.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(file, (byte) 'x');
        long articles = articleRows();

        HttpResponse<String> response = admin.postMultipart("/admin/import",
                List.of(Part.file("document", "long.txt", "text/plain", file)));

        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select(".form-errors").text().contains("larger than 1 MB"));
        assertEquals(articles, articleRows());
    }

    /** Every value sent is on the page again, in a field of the same name. */
    private static void assertKept(Document page, List<Map.Entry<String, String>> fields) {
        for (Map.Entry<String, String> sent : fields) {
            if (sent.getKey().equals("action")) {
                continue;
            }
            List<String> shown = page.select("form.editor [name=" + sent.getKey() + "]").stream()
                    .map(OverlongFieldsTest::valueOf).toList();
            assertTrue(shown.contains(sent.getValue().replace("\r\n", "\n")), sent.getKey() + " was not kept");
        }
    }

    private static String valueOf(Element field) {
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> field.select("option[selected]").attr("value");
            default -> field.attr("value");
        };
    }

    private static Article stored(String editorPath) {
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        return app.articles().findById(id).orElseThrow();
    }

    private static long articleRows() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM article")
                .mapTo(Long.class).one());
    }
}
