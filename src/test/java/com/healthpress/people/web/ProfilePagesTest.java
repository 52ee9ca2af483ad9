package com.healthpress.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.person.Person;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's public profile: who they are, their links and the articles they wrote and reviewed, in keyset pages,
 * with JSON-LD whose Person is the one the articles name; refreshed in the page cache when the record changes.
 */
class ProfilePagesTest {

    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    private static TestApp app;
    private static Person writer;
    private static Person reviewer;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        writer = app.people().create(new Person(0, "", "Dr Rosa Vidal", Author.Kind.Person, "MD, FACP",
                "Consultant cardiologist", "Rosa writes about **hearts**.<script>window.x=1</script>", null,
                List.of("https://orcid.org/0000-0002-1825-0097"), "GMC 7654321", null, null, null, 0));
        reviewer = app.people().create(Person.named("Dr Omar Haddad", Author.Kind.Person).withCredentials("PhD"));
        for (int i = 0; i < 12; i++) { // Omar reviews all twelve and writes none
            app.articles().create(TestArticles.published("Heart topic number " + i, START.plus(i, ChronoUnit.DAYS))
                    .toBuilder().author(writer.byline())
                    .review(new MedicalReview(reviewer.id(), reviewer.slug(), reviewer.name(), reviewer.credentials(),
                            LocalDate.of(2026, 3, 1)))
                    .build());
        }
        app.articles().create(TestArticles.draft("An unpublished heart draft").toBuilder().author(writer.byline())
                .build());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theProfileShowsWhoTheyAreTheirLinksAndTheirNewestArticlesInKeysetPages() {
        Document page = page(writer.profilePath());

        assertEquals("Dr Rosa Vidal, MD, FACP", page.selectFirst("h1").text());
        assertEquals("Consultant cardiologist", page.selectFirst(".profile__job").text());
        assertTrue(page.selectFirst(".profile__licence").text().contains("GMC 7654321"));
        assertEquals("hearts", page.selectFirst(".profile__bio strong").text(), "the bio is Markdown");
        assertTrue(page.select(".profile__bio script").isEmpty(), "and sanitised like an article body");
        assertEquals("https://orcid.org/0000-0002-1825-0097", page.selectFirst(".profile__links a").attr("href"));
        List<String> wrote = page.select("section[aria-labelledby=wrote-title] .teaser__title").eachText();
        assertEquals(10, wrote.size());
        assertEquals("Heart topic number 11", wrote.get(0), "newest first");
        assertFalse(wrote.contains("An unpublished heart draft"));

        String older = page.selectFirst("section[aria-labelledby=wrote-title] a[rel=next]").attr("href");
        List<String> next = page(older).select("section[aria-labelledby=wrote-title] .teaser__title").eachText();
        assertEquals(List.of("Heart topic number 1", "Heart topic number 0"), next);
    }

    @Test
    void theReviewerProfileListsWhatTheyReviewedAndNoEmptyListOfArticlesTheyWrote() {
        Document page = page(reviewer.profilePath());

        assertTrue(page.select("#wrote-title").isEmpty(), page.select("main").text());
        assertFalse(page(writer.profilePath()).select("#wrote-title").isEmpty());

        List<String> reviewed = page.select("section[aria-labelledby=reviewed-title] .teaser__title").eachText();
        assertEquals(10, reviewed.size());
        String more = page.selectFirst("section[aria-labelledby=reviewed-title] > p > a").attr("href");
        assertEquals(2, page(more).select(".teaser__title").size());
    }

    @Test
    void theProfilePageIsAProfilePageAboutThePersonTheArticlesNameAsAuthor() throws Exception {
        JsonNode profile = graph(page(writer.profilePath()));
        Article article = app.articles().findBySlug("heart-topic-number-3").orElseThrow();
        JsonNode articleGraph = graph(page("/articles/" + article.slug()));

        JsonNode profilePage = node(profile, "ProfilePage");
        JsonNode person = node(profile, "Person");
        String id = app.url(writer.profilePath()) + "#person";
        assertEquals(id, profilePage.path("mainEntity").path("@id").asText());
        assertEquals(id, person.path("@id").asText());
        assertEquals(id, node(articleGraph, "Article").path("author").path("@id").asText());
        assertEquals(app.url(writer.profilePath()), node(articleGraph, "Article").path("author").path("url").asText());
        assertEquals(app.url(reviewer.profilePath()) + "#person",
                node(articleGraph, "MedicalWebPage").path("reviewedBy").path("@id").asText());
        assertEquals("Consultant cardiologist", person.path("jobTitle").asText());
        assertEquals("MD, FACP", person.path("honorificSuffix").asText());
        assertEquals("https://orcid.org/0000-0002-1825-0097", person.path("sameAs").get(0).asText());
        assertEquals(node(profile, "Organization").path("@id").asText(), person.path("worksFor").path("@id").asText());
        assertTrue(person.path("description").asText().startsWith("Rosa writes about hearts."));
        assertEquals(2, node(profile, "BreadcrumbList").path("itemListElement").size());
    }

    @Test
    void anEditOfTheRecordRefreshesTheCachedProfileAndTheArticlesThatNameIt() {
        Person person = app.people().create(Person.named("Dr Lena Brandt", Author.Kind.Person));
        Article article = app.articles().create(TestArticles.published("Lena writes on lungs", START)
                .toBuilder().author(person.byline()).build());
        assertEquals("Dr Lena Brandt", page(person.profilePath()).selectFirst("h1").text());
        assertEquals("Dr Lena Brandt", page("/articles/" + article.slug()).selectFirst(".byline a[rel=author]").text());

        AdminClient admin = AdminClient.loggedIn(app);
        Document form = Jsoup.parse(admin.get("/admin/people/" + person.id()).body());
        HttpResponse<String> saved = admin.postMultipart("/admin/people/" + person.id(), List.of(
                AdminClient.Part.field("name", "Dr Lena Brandt"), AdminClient.Part.field("slug", person.slug()),
                AdminClient.Part.field("kind", "Person"), AdminClient.Part.field("credentials", "MD"),
                AdminClient.Part.field("version", form.selectFirst("input[name=version]").attr("value"))));
        assertEquals(303, saved.statusCode(), saved.body());

        assertEquals("Dr Lena Brandt, MD", page(person.profilePath()).selectFirst("h1").text());
        assertEquals("Dr Lena Brandt, MD",
                page("/articles/" + article.slug()).selectFirst(".byline a[rel=author]").text());
    }

    @Test
    void aNewlyPublishedArticleJoinsTheCachedProfileOfItsAuthor() {
        Person person = app.people().create(Person.named("Dr Yuki Mori", Author.Kind.Person));
        app.articles().create(TestArticles.published("Mori on migraines", START).toBuilder().author(person.byline())
                .build());
        assertEquals(List.of("Mori on migraines"), page(person.profilePath()).select(".teaser__title").eachText());

        app.articles().create(TestArticles.published("Mori on menopause", START.plus(1, ChronoUnit.DAYS))
                .toBuilder().author(person.byline()).build());

        assertEquals(List.of("Mori on menopause", "Mori on migraines"),
                page(person.profilePath()).select(".teaser__title").eachText());
    }

    @Test
    void profilesOfPeopleWithPublicArticlesAreInTheSitemap() {
        String pages = app.get("/sitemaps/pages.xml").body();

        assertTrue(pages.contains("<loc>" + app.url(writer.profilePath()) + "</loc>"), pages);
        assertTrue(pages.contains("<loc>" + app.url(reviewer.profilePath()) + "</loc>"), pages);
    }

    @Test
    void anUnknownProfileIsNotFound() {
        assertEquals(404, app.get("/people/nobody-at-all").statusCode());
    }

    private static Document page(String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static JsonNode graph(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        return new ObjectMapper().readTree(script.data()).path("@graph");
    }

    private static JsonNode node(JsonNode graph, String type) {
        for (JsonNode node : graph) {
            if (node.path("@type").asText().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + graph);
    }
}
