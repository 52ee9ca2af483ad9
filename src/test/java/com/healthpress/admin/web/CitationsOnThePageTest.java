package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.article.PageAt;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Numbered citations from the editor to the public page: markers, references, back links and JSON-LD. */
class CitationsOnThePageTest {

    private static final String BODY = "## Causes\r\n\r\nMost knee pain comes from strain.[^1]\r\n\r\n"
            + "## Care\r\n\r\nRest briefly,[^2] then move again.[^1] Write `[^9]` to cite a ninth.";

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

    private static List<Map.Entry<String, String>> citedArticle(String title, String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(
                EditorPagesTest.replaced(EditorPagesTest.articleFields(title, "published"), "body", body));
        fields.addAll(List.of(
                Map.entry("refTitle", "Knee pain: assessment and management"),
                Map.entry("refPublisher", "NICE"),
                Map.entry("refYear", "2022"),
                Map.entry("refUrl", "https://www.nice.org.uk/guidance/knee"),
                Map.entry("refAccessed", "2026-10-02"),
                Map.entry("refTitle", "A printed leaflet"),
                Map.entry("refPublisher", ""),
                Map.entry("refYear", ""),
                Map.entry("refUrl", ""),
                Map.entry("refAccessed", "")));
        return fields;
    }

    @Test
    void aMarkerCitingNoReferenceIsAnErrorNextToTheBodyAndNothingIsSaved() {
        int before = app.articles().latest(PageAt.newest(), 1000).items().size();

        HttpResponse<String> response = admin.post("/admin/articles",
                citedArticle("Knee pain cited badly", BODY.replace("[^2]", "[^3]")));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("[^3] on line 7: there are only 2 references.", page.select("#body-error").text());
        assertTrue(page.select("#body").attr("aria-describedby").contains("body-error"));
        assertEquals(before, app.articles().latest(PageAt.newest(), 1000).items().size(), "nothing was stored");
    }

    @Test
    void theEditorExplainsTheMarkerNextToTheBody() {
        Document page = Jsoup.parse(admin.get("/admin/articles/new").body());

        assertTrue(page.select("#body-hint").text().contains("Cite a source with [^1]"), page.select("#body-hint").text());
    }

    @Test
    void eachMarkerLinksToItsNumberedReferenceWhichLinksBackToEveryMarker() throws Exception {
        String editor = EditorPagesTest.create(admin, citedArticle("Knee pain with sources", BODY));
        long id = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
        String slug = app.articles().findById(id).orElseThrow().slug();

        Document page = Jsoup.parse(app.get("/articles/" + slug).body());

        assertEquals("[1]", page.select("sup#cite-1-1 > a[href=#ref-1]").text());
        assertEquals("[2]", page.select("sup#cite-2-1 > a[href=#ref-2]").text());
        assertEquals("[1]", page.select("sup#cite-1-2 > a[href=#ref-1]").text());
        assertEquals("[^9]", page.select(".article__body code").text(), "a marker shown as code stays code");
        Element first = page.selectFirst("section.references ol > li#ref-1");
        assertEquals(List.of("#cite-1-1", "#cite-1-2"), first.select("a.references__back").eachAttr("href"));
        assertEquals("2026-10-02", first.select("time").attr("datetime"));
        assertTrue(first.text().startsWith("Knee pain: assessment and management. NICE, 2022. Accessed 2 October 2026."),
                first.text());
        assertEquals(List.of("#cite-2-1"), page.select("li#ref-2 a.references__back").eachAttr("href"));
        assertEveryFragmentLinkHasItsTarget(page);

        JsonNode citations = articleNode(page).path("citation");
        assertEquals(2, citations.size());
        assertEquals("Knee pain: assessment and management", citations.get(0).path("name").asText());
        assertEquals("https://www.nice.org.uk/guidance/knee", citations.get(0).path("url").asText());
        assertEquals("NICE", citations.get(0).path("publisher").path("name").asText());
        assertEquals("2022", citations.get(0).path("datePublished").asText());
        assertEquals("A printed leaflet", citations.get(1).path("name").asText());
    }

    /** Ids are unique and every "#…" link on the page has an element to land on. */
    private static void assertEveryFragmentLinkHasItsTarget(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertTrue(ids.add(element.id()), "the id " + element.id() + " is used twice");
        }
        for (String href : page.select("a[href^=#]").eachAttr("href")) {
            assertTrue(ids.contains(href.substring(1)), href + " has no target");
        }
    }

    private static JsonNode articleNode(Document page) throws Exception {
        String jsonLd = page.select("script[type=application/ld+json]").first().data();
        for (JsonNode node : new ObjectMapper().readTree(jsonLd).path("@graph")) {
            if (node.path("@type").asText().equals("Article")) {
                return node;
            }
        }
        throw new AssertionError("no Article in " + jsonLd);
    }
}
