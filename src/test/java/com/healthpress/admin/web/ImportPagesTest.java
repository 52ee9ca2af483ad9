package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient.Part;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.config.Config;
import com.healthpress.image.web.ImagePages;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing article documents through the browser: upload, paste, errors with line and column, limits. */
class ImportPagesTest {

    private static TestApp app;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String seed() throws IOException {
        try (InputStream in = ImportPagesTest.class.getResourceAsStream("/documents/seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUploadedDocumentBecomesADraftOpenInTheEditor() throws IOException {
        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(
                Part.file("document", "seed.txt", "text/plain", seed().getBytes(StandardCharsets.UTF_8)),
                Part.field("text", "")));

        assertEquals(303, response.statusCode(), response.body());
        String editor = response.headers().firstValue("Location").orElseThrow();
        assertTrue(editor.matches("/admin/articles/\\d+\\?notice=imported"), editor);
        Document page = Jsoup.parse(admin.get(editor).body());
        assertEquals("Strategies for Navigating Sex for Back Pain Relief and Emotional Connection",
                page.select("#title").attr("value"));
        assertEquals("draft", page.select("input[name=status][checked]").attr("value"));
        assertEquals(5, page.select("input[name=faqQuestion]").size());
        assertTrue(page.select(".notice").text().contains("Imported as a draft"));
    }

    @Test
    void aPastedDocumentImportsToo() throws IOException {
        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(
                Part.field("text", seed().replace("Strategies for Navigating", "Pasted Strategies for Navigating"))));

        assertEquals(303, response.statusCode(), response.body());
    }

    @Test
    void aBrokenDocumentIsRejectedWithItsLineAndColumnAndTheTextKept() {
        String broken = "{\n“@context”: “https://schema.org”\n“@type”: “Article”\n}\nTitle\nLead.";

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(Part.field("text", broken)));
        Document page = Jsoup.parse(response.body());

        assertEquals(422, response.statusCode());
        assertTrue(page.select(".form-errors").text().matches(".*line 3, column \\d+: .*"), page.select(".form-errors").text());
        assertEquals(broken, page.select("#text").text().replace("\r\n", "\n"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedClearly() {
        byte[] latin1 = "Caf\u00e9 title\nLead.".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(
                Part.file("document", "doc.txt", "text/plain", latin1)));

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("not UTF-8"));
    }

    @Test
    void aBodyAboveTheMultipartLimitIs413AndTheConnectionServesTheNextRequest() {
        byte[] huge = new byte[(int) ImagePages.maxRequestBytes(Config.DEFAULT_MAX_FORM_BYTES) + 1];

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(
                Part.file("document", "huge.txt", "text/plain", huge)));

        assertEquals(413, response.statusCode(), response.body());
        assertEquals(200, admin.get("/admin/import").statusCode());
    }

    @Test
    void aFileWithinTheRequestLimitButLargerThanADocumentIsRefusedWithAMessageAndTheNextRequestIsServed() {
        byte[] large = new byte[11 * 1024 * 1024];

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(
                Part.file("document", "large.txt", "text/plain", large)));

        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select(".form-errors").text().contains("larger than 1 MB"),
                response.body());
        assertEquals(200, admin.get("/admin/import").statusCode());
    }

    @Test
    void aPastedTextWithoutSectionsIsRejectedWithItsPositionAndTheTextKept() {
        String notAnArticle = "hello world\nthis is only a test.";

        HttpResponse<String> response = admin.postMultipart("/admin/import", List.of(Part.field("text", notAnArticle)));
        Document page = Jsoup.parse(response.body());

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(page.select(".form-errors").text().matches(".*line 2, column \\d+: the article has no sections.*"),
                page.select(".form-errors").text());
        assertEquals(notAnArticle, page.select("#text").text().replace("\r\n", "\n"));
    }

    @Test
    void aDocumentWhoseSlugIsTakenIsRejectedNamingTheSlugUnlessANewOneIsAskedFor() throws IOException {
        String document = seed().replace("“focus_keyword”: “sex for back”,",
                "“focus_keyword”: “sex for back”, “slug”: “taken-by-an-earlier-import”,");
        assertEquals(303, admin.postMultipart("/admin/import", List.of(Part.field("text", document))).statusCode());

        HttpResponse<String> refused = admin.postMultipart("/admin/import", List.of(Part.field("text", document),
                Part.field("newSlug", "")));
        Document page = Jsoup.parse(refused.body());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(page.select(".form-errors").text().contains("\"taken-by-an-earlier-import\" is taken"),
                page.select(".form-errors").text());
        assertEquals(document, page.select("#text").text().replace("\r\n", "\n"));
        assertTrue(page.select("input[name=newSlug]").hasAttr("type"), "the page offers the new-slug checkbox");

        HttpResponse<String> renamed = admin.postMultipart("/admin/import", List.of(Part.field("text", document),
                Part.field("newSlug", "yes")));
        assertEquals(303, renamed.statusCode(), renamed.body());
        String editor = renamed.headers().firstValue("Location").orElseThrow();
        assertEquals("taken-by-an-earlier-import-2", Jsoup.parse(admin.get(editor).body()).select("#slug").attr("value"));
    }

    @Test
    void importingWithAWrongCsrfTokenIsRefused() {
        HttpResponse<String> response = admin.postMultipart("/admin/import",
                List.of(Part.field("csrf", "not-the-token"), Part.field("text", "Title\nLead.")));

        assertEquals(403, response.statusCode());
    }
}
