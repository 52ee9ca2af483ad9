package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The edit page's internal link suggestions over HTTP: rendered by the server, in a section opened without script. */
class EditorLinkSuggestionsTest {

    private static TestApp app;
    private static Article edited;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        Instant published = Instant.now().minusSeconds(3_600);
        app.articles().create(TestArticles.published("Tinnitus explained", published).toBuilder()
                .slug("tinnitus-explained").focusKeyword("tinnitus").body("About ringing ears.").build());
        edited = app.articles().create(TestArticles.draft("Hearing after concerts").toBuilder()
                .slug("hearing-after-concerts").focusKeyword("loud music")
                .body("## After the show\n\nLoud music can leave you with tinnitus for a day or two. "
                        + "Earplugs help.\n").build());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Element suggestions(HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        Element section = page.selectFirst("section#link-suggestions details");
        assertNotNull(section, response.body());
        return section;
    }

    @Test
    void theEditPageSuggestsAPublishedArticleWithTheSentenceWhereTheLinkFits() {
        HttpResponse<String> response = AdminClient.loggedIn(app).get("/admin/articles/" + edited.id());

        assertEquals(200, response.statusCode());
        Element section = suggestions(response);
        assertTrue(section.selectFirst("summary").text().contains("Internal link suggestions (1)"), section.text());
        Element item = section.selectFirst("ol.link-suggestions li");
        assertNotNull(item.selectFirst("a[href=/articles/tinnitus-explained]"));
        assertEquals("Loud music can leave you with tinnitus for a day or two.", item.selectFirst("blockquote").text());
        assertEquals("tinnitus", item.selectFirst("blockquote mark").text());
        assertEquals("[tinnitus](/articles/tinnitus-explained)", item.selectFirst("code").text());
    }

    @Test
    void theSuggestionsFollowTheTextAsCheckedBeforeItIsSaved() {
        AdminClient admin = AdminClient.loggedIn(app);
        List<AdminClient.Part> form = admin.articleForm(edited.id(), Map.of("body",
                "Loud music can leave you with tinnitus. See [tinnitus](/articles/tinnitus-explained)."), List.of())
                .stream().map(part -> part.name().equals("action") ? AdminClient.Part.field("action", "check") : part)
                .toList();

        HttpResponse<String> checked = admin.postMultipart("/admin/articles/" + edited.id(), form);

        assertEquals(200, checked.statusCode());
        Element section = suggestions(checked);
        assertNull(section.selectFirst("ol.link-suggestions"), "the typed text links to it already");
        assertTrue(section.text().contains("No suggestions"), section.text());
    }

    @Test
    void aReviewerWhoMayOnlyReadTheArticleSeesTheSuggestionsToo() {
        Element section = suggestions(AdminClient.loggedIn(app, Role.REVIEWER).get("/admin/articles/" + edited.id()));
        assertNotNull(section.selectFirst("a[href=/articles/tinnitus-explained]"));
    }
}
