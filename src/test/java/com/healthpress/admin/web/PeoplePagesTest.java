package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.image.TestImages;
import com.healthpress.person.Person;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's people pages over HTTP: a new record with its photo, refusals next to their fields, merging. */
class PeoplePagesTest {

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

    /** The form's fields: a new person of this name, with the given fields (name, value, …) set over it. */
    private static List<Part> fields(String name, String... more) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("name", name, "slug", "", "kind", "Person",
                "version", "0"));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        List<Part> parts = new ArrayList<>();
        values.forEach((field, value) -> parts.add(Part.field(field, value)));
        return parts;
    }

    @Test
    void aNewRecordIsSavedWithItsPhotoAndItsProfileShowsIt() {
        List<Part> parts = fields("Dr Iris Nolan", "credentials", "MD", "jobTitle", "GP",
                "sameAs", "https://orcid.org/0000-0001-0000-0001", "photoAlt", "Dr Iris Nolan at her desk");
        parts.add(Part.file("photo", "iris.png", "image/png", TestImages.png(400, 400)));

        HttpResponse<String> response = admin.postMultipart("/admin/people", parts);

        assertEquals(303, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElseThrow().matches("/admin/people/\\d+\\?notice=created"));
        Document profile = Jsoup.parse(app.get("/people/dr-iris-nolan").body());
        assertEquals("Dr Iris Nolan at her desk", profile.selectFirst(".profile__photo img").attr("alt"));
        assertEquals("Dr Iris Nolan, MD", profile.selectFirst("h1").text());
    }

    @Test
    void aPhotoWithoutAltTextAndALinkThatIsNotHttpsAreRefusedNextToTheirFieldsAndNothingIsSaved() {
        List<Part> withPhoto = fields("Dr Without Alt");
        withPhoto.add(Part.file("photo", "x.png", "image/png", TestImages.png(400, 400)));
        HttpResponse<String> noAlt = admin.postMultipart("/admin/people", withPhoto);
        HttpResponse<String> http = admin.postMultipart("/admin/people",
                fields("Dr Plain Link", "sameAs", "http://example.org/plain"));

        assertEquals(422, noAlt.statusCode());
        assertTrue(Jsoup.parse(noAlt.body()).selectFirst("#photoAlt-error") != null, noAlt.body());
        assertEquals(422, http.statusCode());
        assertTrue(Jsoup.parse(http.body()).selectFirst("#sameAs-error").text().contains("https://"));
        assertTrue(app.people().find("dr-without-alt").isEmpty());
        assertTrue(app.people().find("dr-plain-link").isEmpty());
    }

    @Test
    void aSaveOverAnOlderVersionComesBackAsAConflictWithTheStoredVersion() {
        Person person = app.people().create(Person.named("Dr Vera Late", Author.Kind.Person));
        admin.postMultipart("/admin/people/" + person.id(), fields("Dr Vera Late", "slug", person.slug(),
                "version", "1", "credentials", "MD"));

        HttpResponse<String> late = admin.postMultipart("/admin/people/" + person.id(),
                fields("Dr Vera Late", "slug", person.slug(), "version", "1", "credentials", "PhD"));

        assertEquals(409, late.statusCode());
        assertEquals("MD", Jsoup.parse(late.body()).selectFirst("#credentials").attr("value"));
        assertEquals("MD", app.people().find(person.slug()).orElseThrow().credentials());
    }

    @Test
    void aChangedAddressNameLeadsTheOldProfileAddressesToTheNewOneUntilAnotherRecordTakesIt() {
        Person person = app.people().create(Person.named("Dr Omar Haddad", Author.Kind.Person));
        app.articles().create(TestArticles.published("Haddad on sleep", Instant.now().minusSeconds(60)).toBuilder()
                .author(person.byline()).build());
        assertEquals(200, app.get("/people/" + person.slug()).statusCode());

        HttpResponse<String> renamed = admin.postMultipart("/admin/people/" + person.id(),
                fields("Dr Omar Haddad", "slug", "omar-haddad", "version", String.valueOf(person.version())));

        assertEquals(303, renamed.statusCode(), renamed.body());
        HttpResponse<String> old = app.get("/people/" + person.slug());
        assertEquals(301, old.statusCode());
        assertEquals("/people/omar-haddad", old.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> oldReviewed = app.get("/people/" + person.slug() + "/reviewed?oldest");
        assertEquals(301, oldReviewed.statusCode());
        assertEquals("/people/omar-haddad/reviewed?oldest", oldReviewed.headers().firstValue("Location")
                .orElseThrow());
        assertTrue(Jsoup.parse(app.get("/people/omar-haddad").body()).text().contains("Haddad on sleep"));

        Person namesake = app.people().create(Person.named("Dr Omar Haddad", Author.Kind.Person));
        assertEquals(person.slug() + "-2", namesake.slug(), "an old address is not given to a namesake");
        HttpResponse<String> taken = admin.postMultipart("/admin/people/" + namesake.id(),
                fields("Dr Omar Haddad", "slug", person.slug(), "version", String.valueOf(namesake.version())));
        assertEquals(303, taken.statusCode(), taken.body());
        assertEquals(200, app.get("/people/" + person.slug()).statusCode(), "typed by an admin, it is theirs now");
        assertEquals(404, app.get("/people/no-such-person").statusCode());
    }

    @Test
    void mergingMovesTheArticlesOfOneRecordToTheOtherAndRemovesIt() {
        Person kept = app.people().create(Person.named("Dr Hana Ito", Author.Kind.Person));
        Person duplicate = app.people().create(Person.named("Hana Ito", Author.Kind.Person));
        Article article = app.articles().create(TestArticles.published("Ito on knees", Instant.now().minusSeconds(60))
                .toBuilder().author(duplicate.byline()).build());
        assertEquals(200, app.get("/people/" + duplicate.slug()).statusCode());

        HttpResponse<String> response = admin.post("/admin/people/merge",
                List.of(Map.entry("from", String.valueOf(duplicate.id())), Map.entry("into", String.valueOf(kept.id()))));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals(kept.id(), app.articles().findById(article.id()).orElseThrow().author().personId());
        HttpResponse<String> old = app.get("/people/" + duplicate.slug());
        assertEquals(301, old.statusCode(), "its cached profile is dropped");
        assertEquals("/people/" + kept.slug(), old.headers().firstValue("Location").orElseThrow());
        assertTrue(Jsoup.parse(app.get("/people/" + kept.slug()).body()).text().contains("Ito on knees"));
    }
}
