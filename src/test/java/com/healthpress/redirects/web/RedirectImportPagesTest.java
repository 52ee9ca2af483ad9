package com.healthpress.redirects.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing a CSV file of redirects over HTTP: all of it, or nothing with every bad line named. */
class RedirectImportPagesTest {

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

    @Test
    void aFileWithBadLinesImportsNothingAndNamesEachLineAndWhy() {
        RedirectForms.created(admin, "/existing", "/somewhere", "301");
        String file = """
                from,to,status
                /good-one,/articles/one
                old-page,/articles/two,301
                /loop-a,/loop-b
                /loop-b,/loop-a
                /moved,/articles/three,308
                /good-one,/articles/other
                /static/site.css,/x
                /gone-with-target,/x,410
                """;

        HttpResponse<String> response = upload(file);

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        List<String> problems = page.select("#problems li").eachText();
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("Line 3: “old-page” is not an address on this site"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Line 5: This would make a loop: /loop-b → /loop-a → /loop-b"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith("Line 6: “308” is not a status"), problems.get(2));
        assertTrue(problems.get(3).startsWith("Line 7: Duplicate: line 2 redirects /good-one already"),
                problems.get(3));
        assertTrue(problems.get(4).startsWith("Line 8: /static/site.css belongs to the site itself"), problems.get(4));
        assertTrue(problems.get(5).startsWith("Line 9: A page that is gone (410)"), problems.get(5));
        assertTrue(page.select("#problems h2").text().startsWith("Nothing was imported"));
        assertEquals(file, page.selectFirst("textarea[name=text]").wholeText(), "the file's lines, to correct");
        assertEquals(404, app.get("/good-one").statusCode(), "nothing changed: not even the good lines");
        assertEquals(404, app.get("/loop-a").statusCode());
        assertEquals("/somewhere", app.get("/existing").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aGoodFileImportsEveryLineCollapsingChainsAndAgainChangesNothing() {
        String file = "/csv-old-a;/csv-old-b;301\r\n/csv-old-b;/articles/csv-target;\r\n\r\n/csv-gone;;410\r\n"
                + "/index.php?page=7&lang=en;https://example.org/seven;302\r\n";

        HttpResponse<String> response = paste(file);

        assertEquals(303, response.statusCode(), response.body());
        String list = response.headers().firstValue("Location").orElseThrow();
        assertEquals("/admin/redirects?notice=imported&added=4&updated=0", list);
        assertTrue(Jsoup.parse(admin.get(list).body()).select(".notice").text().contains("4 redirects added, 0 changed."));
        assertEquals("/articles/csv-target", app.get("/csv-old-a").headers().firstValue("Location").orElseThrow(),
                "the chain a → b → target is one hop");
        assertEquals(410, app.get("/csv-gone").statusCode());
        HttpResponse<String> oneQuery = app.get("/index.php?lang=en&page=7");
        assertEquals(302, oneQuery.statusCode());
        assertEquals("https://example.org/seven", oneQuery.headers().firstValue("Location").orElseThrow());
        assertEquals(404, app.get("/index.php?page=8").statusCode(), "another query is not redirected");

        HttpResponse<String> again = upload(file);
        assertEquals("/admin/redirects?notice=imported&added=0&updated=0",
                again.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theExportIsAFileTheImportReadsBackUnchanged() {
        RedirectForms.created(admin, "/export-a", "/articles/a?x=1,2", "301");
        RedirectForms.created(admin, "/export-gone", "", "410");

        HttpResponse<String> export = admin.get("/admin/redirects/export");

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains("redirects.csv"));
        assertTrue(export.body().startsWith("from,to,status\n"), export.body());
        assertTrue(export.body().contains("/export-a,\"/articles/a?x=1,2\",301\n"), export.body());
        assertTrue(export.body().contains("/export-gone,,410\n"), export.body());
        HttpResponse<String> again = paste(export.body());
        assertEquals("/admin/redirects?notice=imported&added=0&updated=0",
                again.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anEmptyOrUnreadableFileIsRefusedWithAReason() {
        HttpResponse<String> empty = paste(" ");
        assertEquals(422, empty.statusCode());
        assertTrue(Jsoup.parse(empty.body()).select(".form-errors").text().contains("Choose a CSV file"));

        HttpResponse<String> latin1 = admin.postMultipart("/admin/redirects/import", List.of(
                AdminClient.Part.file("file", "old.csv", "text/csv", "/caf\u00e9,/coffee\n"
                        .getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(422, latin1.statusCode());
        assertTrue(Jsoup.parse(latin1.body()).select(".form-errors").text().contains("not UTF-8"));
    }

    private static HttpResponse<String> upload(String csv) {
        return admin.postMultipart("/admin/redirects/import", List.of(
                AdminClient.Part.file("file", "redirects.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                AdminClient.Part.field("text", "")));
    }

    private static HttpResponse<String> paste(String csv) {
        return admin.postMultipart("/admin/redirects/import", List.of(AdminClient.Part.field("text", csv)));
    }
}
