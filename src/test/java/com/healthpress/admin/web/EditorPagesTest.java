package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.PageAt;
import com.healthpress.people.PersonLookup;
import com.healthpress.person.Person;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor over HTTP as a logged-in admin: create, validate, publish, conflicts, redirects, trash, preview. */
class EditorPagesTest {

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

    /** The fields of a complete article form, as the browser would send them. */
    static List<Map.Entry<String, String>> articleFields(String title, String status) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("title", title),
                Map.entry("slug", ""),
                Map.entry("metaTitle", title + ": a short guide"),
                Map.entry("metaDescription", "What helps with " + title + ", explained by clinicians."),
                Map.entry("focusKeyword", "knee pain"),
                Map.entry("lead", "Knee pain is common and usually settles with simple care."),
                Map.entry("body", "## Causes\r\n\r\nMost knee pain comes from strain.\r\n\r\n## Care\r\n\r\nRest briefly."),
                Map.entry("topic", "Joints"),
                Map.entry("authorName", "Dr Sam Lee"),
                Map.entry("authorKind", "Person"),
                Map.entry("createAuthor", "on"),
                Map.entry("reviewerName", "Dr Jane Roe"),
                Map.entry("createReviewer", "on"),
                Map.entry("nextReviewDue", ""),
                Map.entry("status", status),
                Map.entry("publishedAt", ""),
                Map.entry("faqQuestion", "Should I rest my knee?"),
                Map.entry("faqAnswer", "Rest for a day or two, then move gently again."),
                Map.entry("faqQuestion", "When should I see a doctor?"),
                Map.entry("faqAnswer", "If it swells a lot, locks, or you cannot bear weight."),
                Map.entry("version", "0"),
                Map.entry("action", "save")));
        return fields;
    }

    static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> result = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            result.add(field.getKey().equals(name) ? Map.entry(name, value) : field);
        }
        return result;
    }

    /** Creates an article through the form and returns its editor path. */
    static String create(AdminClient client, List<Map.Entry<String, String>> fields) {
        HttpResponse<String> response = client.post("/admin/articles", fields);
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/admin/articles/\\d+\\?notice=created"), location);
        return location.substring(0, location.indexOf('?'));
    }

    /** The form on an editor page as fields to send back, with the given changes. */
    static List<Map.Entry<String, String>> formOf(Document page, Map<String, String> changes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Element form = page.selectFirst("form.editor");
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("csrf") || input.attr("type").equals("radio") && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("value");
            };
            fields.add(Map.entry(name, changes.getOrDefault(name, value)));
        }
        fields.add(Map.entry("action", "save"));
        return fields;
    }

    private static Article stored(String editorPath) {
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        return app.articles().findById(id).orElseThrow();
    }

    /** The complete form without the boxes that make records for unknown names. */
    private static List<Map.Entry<String, String>> choosingExistingPeople(String title, String author,
                                                                          String reviewer) {
        List<Map.Entry<String, String>> fields = articleFields(title, "published").stream()
                .filter(field -> !field.getKey().startsWith("create")).toList();
        return replaced(replaced(fields, "authorName", author), "reviewerName", reviewer);
    }

    @Test
    void anAuthorOrReviewerWithoutARecordIsAnErrorNextToItsFieldAndNothingIsSaved() {
        HttpResponse<String> response = admin.post("/admin/articles",
                choosingExistingPeople("Nameless author", "Nobody On Record", "Nobody Reviewing"));

        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.selectFirst("#authorName-error").text().contains("Nobody On Record"), page.html());
        assertTrue(page.selectFirst("#reviewerName-error").text().contains("Nobody Reviewing"));
        assertEquals("Nobody On Record", page.selectFirst("#authorName").attr("value"), "the form keeps the name");
        assertTrue(app.people().lookup("Nobody On Record") instanceof PersonLookup.Unknown, "no record was made");
        assertFalse(app.articles().slugExists("nameless-author"), "no article was saved");
    }

    @Test
    void theEditorChoosesRecordsByNameWithoutRegardToCaseOrByAddressNameAndTheBylineLinksToThem() {
        Person shah = app.people().create(Person.named("Dr Priya Shah", Author.Kind.Person).withCredentials("MD, FACP"));

        Document form = Jsoup.parse(admin.get("/admin/articles/new").body());
        assertFalse(form.select("datalist#people-list option[value=Dr Priya Shah]").isEmpty(), "offered in the list");
        String editor = create(admin, choosingExistingPeople("Chosen people", "  dr priya SHAH ", shah.slug()));
        Article article = stored(editor);

        assertEquals(shah.id(), article.author().personId());
        assertEquals(shah.id(), article.review().reviewerId());
        assertEquals("MD, FACP", article.review().credentials(), "the credentials come from the record");
        Document page = Jsoup.parse(app.get("/articles/" + article.slug()).body());
        assertEquals("/people/" + shah.slug(), page.selectFirst(".byline a[rel=author]").attr("href"));
        Element reviewedBy = page.selectFirst(".byline a[href='/people/" + shah.slug() + "']:not([rel])");
        assertEquals("Dr Priya Shah, MD, FACP", reviewedBy.text());
    }

    @Test
    void anArticleWithTwoFaqItemsIsCreatedAndPublishedWithItsFaqInTheJsonLd() throws Exception {
        String editor = create(admin, articleFields("Knee pain at home", "published"));
        Article article = stored(editor);

        HttpResponse<String> page = app.get("/articles/" + article.slug());

        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals("Knee pain at home", html.select("h1").text());
        String jsonLd = html.select("script[type=application/ld+json]").first().data();
        JsonNode faq = null;
        for (JsonNode node : new ObjectMapper().readTree(jsonLd).path("@graph")) {
            if (node.path("@type").asText().equals("FAQPage")) {
                faq = node;
            }
        }
        assertEquals(2, faq.path("mainEntity").size());
        assertEquals("When should I see a doctor?", faq.path("mainEntity").get(1).path("name").asText());
        assertEquals("## Causes\n\nMost knee pain comes from strain.\n\n## Care\n\nRest briefly.", article.body());
    }

    @Test
    void invalidInputIsShownNextToItsFieldWithEverythingTypedKept() {
        List<Map.Entry<String, String>> fields = replaced(
                replaced(articleFields("", "published"), "metaDescription", "x".repeat(400)),
                "lead", "A lead the admin typed.");
        int before = app.articles().latest(PageAt.newest(), 1000).items().size();

        HttpResponse<String> response = admin.post("/admin/articles", fields);
        Document page = Jsoup.parse(response.body());

        assertEquals(422, response.statusCode());
        assertEquals("Title is required.", page.select("#title-error").text());
        assertEquals("true", page.select("#title").attr("aria-invalid"));
        assertTrue(page.select("#title").attr("aria-describedby").contains("title-error"));
        assertTrue(page.select("#metaDescription-error").text().contains("the limit is 320"));
        assertEquals("A lead the admin typed.", page.select("#lead").text());
        assertEquals("x".repeat(400), page.select("#metaDescription").text());
        assertEquals("Should I rest my knee?", page.select("#faq-0-question").attr("value"));
        assertFalse(page.select(".form-errors a[href=#title]").isEmpty(), "the summary links to the field");
        assertEquals(before, app.articles().latest(PageAt.newest(), 1000).items().size(), "nothing was stored");
    }

    @Test
    void aQuestionWithoutAnAnswerIsAnErrorOnThatRow() {
        List<Map.Entry<String, String>> fields = replaced(articleFields("Unanswered", "draft"), "faqAnswer", "");

        Document page = Jsoup.parse(admin.post("/admin/articles", fields).body());

        assertTrue(page.select("#faq-0-answer-error").text().contains("has no answer"), page.select(".form-errors").text());
    }

    @Test
    void addingAFaqRowWorksWithoutJavaScriptAndSavesNothing() {
        String editor = create(admin, articleFields("Rows without script", "draft"));
        Document page = Jsoup.parse(admin.get(editor).body());
        List<Map.Entry<String, String>> fields = replaced(formOf(page, Map.of()), "action", "faq-add");

        Document withRow = Jsoup.parse(admin.post(editor, fields).body());

        assertEquals(3, withRow.select("input[name=faqQuestion]").size());
        assertEquals("", withRow.select("#faq-2-question").attr("value"));
        assertEquals(1, stored(editor).version(), "a row button does not save");
        List<Map.Entry<String, String>> moved = replaced(formOf(withRow, Map.of()), "action", "faq-down-0");
        Document movedPage = Jsoup.parse(admin.post(editor, moved).body());
        assertEquals("When should I see a doctor?", movedPage.select("#faq-0-question").attr("value"));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithBothVersionsShown() {
        String editor = create(admin, articleFields("Two editors", "draft"));
        AdminClient other = AdminClient.loggedIn(app);
        Document mine = Jsoup.parse(admin.get(editor).body());
        Document theirs = Jsoup.parse(other.get(editor).body());

        HttpResponse<String> first = other.post(editor, formOf(theirs, Map.of("lead", "Their lead, saved first.")));
        HttpResponse<String> second = admin.post(editor, formOf(mine, Map.of("lead", "My lead, saved second.")));

        assertEquals(303, first.statusCode());
        assertEquals(409, second.statusCode());
        Document conflict = Jsoup.parse(second.body());
        assertTrue(conflict.select("#conflict-title").text().contains("Someone else saved"));
        assertTrue(conflict.text().contains("Their lead, saved first."));
        assertEquals("My lead, saved second.", conflict.select("#lead").text(), "my version stays in the form");
        assertEquals("Their lead, saved first.", stored(editor).lead(), "no silent overwrite");
        assertEquals("2", conflict.select("input[name=version]").attr("value"));

        HttpResponse<String> deliberate = admin.post(editor, formOf(conflict, Map.of()));
        assertEquals(303, deliberate.statusCode());
        assertEquals("My lead, saved second.", stored(editor).lead());
    }

    @Test
    void changingAPublishedSlugRedirectsTheOldAddress() {
        String editor = create(admin, articleFields("Slug to change", "published"));
        String oldSlug = stored(editor).slug();
        Document page = Jsoup.parse(admin.get(editor).body());

        assertEquals(303, admin.post(editor, formOf(page, Map.of("slug", "changed-slug"))).statusCode());
        HttpResponse<String> old = app.get("/articles/" + oldSlug);

        assertEquals(301, old.statusCode());
        assertEquals("/articles/changed-slug", old.headers().firstValue("Location").orElseThrow());
        assertEquals(200, app.get("/articles/changed-slug").statusCode());
    }

    @Test
    void aSlugInUseIsAFieldError() {
        String first = create(admin, articleFields("Slug owner", "draft"));
        String second = create(admin, articleFields("Slug thief", "draft"));
        Document page = Jsoup.parse(admin.get(second).body());

        HttpResponse<String> response = admin.post(second, formOf(page, Map.of("slug", stored(first).slug())));

        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select("#slug-error").text().contains("already uses this slug"));
    }

    @Test
    void previewShowsADraftAsReadersWouldWithoutPublishingIt() {
        String editor = create(admin, articleFields("Preview me", "draft"));
        Document page = Jsoup.parse(admin.get(editor).body());
        List<Map.Entry<String, String>> fields = formOf(page, Map.of("lead", "An unsaved lead for the preview."));

        HttpResponse<String> preview = admin.post("/admin/preview", fields);
        Document html = Jsoup.parse(preview.body());

        assertEquals(200, preview.statusCode());
        assertEquals("Preview me", html.select("h1").text());
        assertEquals("An unsaved lead for the preview.", html.select(".lead").text());
        assertEquals(2, html.select(".faq details").size());
        assertEquals("noindex, nofollow", html.select("meta[name=robots]").attr("content"));
        assertFalse(html.select(".preview-banner").isEmpty());
        assertEquals(404, app.get("/articles/" + stored(editor).slug()).statusCode(), "still a draft");
        assertFalse(stored(editor).lead().contains("unsaved"));
    }

    @Test
    void trashTakesAnArticleOffTheSiteAndRestoreBringsItBack() {
        String editor = create(admin, articleFields("Trash and back", "published"));
        String slug = stored(editor).slug();

        assertEquals(303, admin.post(editor + "/trash", Map.of()).statusCode());
        assertEquals(404, app.get("/articles/" + slug).statusCode());
        assertTrue(Jsoup.parse(admin.get("/admin/trash").body()).text().contains("Trash and back"));

        assertEquals(303, admin.post(editor + "/restore", Map.of()).statusCode());
        assertEquals(200, app.get("/articles/" + slug).statusCode());
    }

    @Test
    void theListShowsStatusAndSeoScoreAndFiltersBySearch() {
        create(admin, articleFields("Listed knee article", "draft"));

        Document list = Jsoup.parse(admin.get("/admin/articles?status=draft&q=listed+knee").body());

        assertEquals(1, list.select("table.list tbody tr").size());
        Element row = list.selectFirst("table.list tbody tr");
        assertTrue(row.text().contains("Listed knee article"));
        assertTrue(row.text().contains("Draft"));
        assertTrue(row.select("td").get(4).text().matches("\\d{1,3} / 100"), row.text());
    }

    @Test
    void theEditPageShowsTheSeoChecksAndCounters() {
        String editor = create(admin, articleFields("Knee pain checks", "draft"));

        Document page = Jsoup.parse(admin.get(editor).body());

        assertTrue(page.select("#checks-title").text().matches("SEO and readability: \\d{1,3} / 100"));
        assertTrue(page.select(".checks li").size() >= 10);
        assertEquals("31 of 60 characters", page.select("#metaTitle-counter").text());
        assertTrue(page.select(".snippet__title").text().startsWith("Knee pain checks"));
    }

    @Test
    void adminPagesAreNeverCachedOrIndexed() {
        HttpResponse<String> response = admin.get("/admin");

        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals("noindex, nofollow", Jsoup.parse(response.body()).select("meta[name=robots]").attr("content"));
    }
}
