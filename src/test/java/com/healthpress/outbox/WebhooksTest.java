package com.healthpress.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks and IndexNow over real HTTP: the app on a random port sends to a receiver the test starts; the
 * endpoint is registered on the admin's page. The app's clock is the test's, so retries come when it says.
 */
class WebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEXNOW_KEY = "healthpress-test-key-1";
    private static final Duration SOON = Duration.ofSeconds(20);

    private static MutableClock clock;
    private static Receiver receiver;
    private static TestApp app;
    private static AdminClient admin;
    private static String secret;
    private static long endpointId;

    @BeforeAll
    static void start() throws IOException {
        clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        receiver = Receiver.start();
        app = TestApp.startWith(Files.createTempDirectory("healthpress-hooks"), TestDatabases.fresh(), clock, Map.of(
                "WEBHOOK_PRIVATE_TARGETS", "allow", "INDEXNOW_KEY", INDEXNOW_KEY,
                "INDEXNOW_ENDPOINT", receiver.url("/indexnow")));
        admin = AdminClient.loggedIn(app);
        HttpResponse<String> created = admin.post("/admin/webhooks", List.of(Map.entry("url", receiver.url("/hook")),
                Map.entry("description", "Test receiver"), Map.entry("events", "article.published"),
                Map.entry("events", "article.updated"), Map.entry("events", "article.slug_changed"),
                Map.entry("events", "article.unpublished"), Map.entry("events", "article.deleted")));
        assertEquals(200, created.statusCode(), created.body());
        secret = Jsoup.parse(created.body()).select("#new-secret").attr("value");
        String link = Jsoup.parse(admin.get("/admin/webhooks").body()).select("table.list a").attr("href");
        endpointId = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hooks received for this article, in order. */
    private static List<JsonNode> hooksOf(Article article) {
        return receiver.receivedAt("/hook").stream().map(request -> json(request.body()))
                .filter(body -> body.get("data").get("article").get("id").asLong() == article.id()).toList();
    }

    private static Article published(String title) {
        return app.articles().create(TestArticles.published(title, clock.instant().minusSeconds(60)));
    }

    @Test
    void aPublishedArticleIsSentSignedWithItsAddresses() {
        Article article = published("Hooked article");

        await().atMost(SOON).until(() -> !hooksOf(article).isEmpty());

        Receiver.Received request = receiver.receivedAt("/hook").stream()
                .filter(r -> json(r.body()).get("data").get("article").get("id").asLong() == article.id())
                .findFirst().orElseThrow();
        JsonNode body = json(request.body());
        assertEquals("article.published", body.get("type").asText());
        assertEquals(request.headers().get("webhook-id"), body.get("id").asText());
        assertEquals(app.url("/articles/" + article.slug()), body.get("data").get("article").get("url").asText());
        assertEquals(Signatures.sign(secret, request.headers().get("webhook-id"),
                Long.parseLong(request.headers().get("webhook-timestamp")), request.body()),
                request.headers().get("webhook-signature"));
        assertEquals(String.valueOf(clock.instant().getEpochSecond()), request.headers().get("webhook-timestamp"));
    }

    @Test
    void aChangeOfAddressIsSentWithTheOldOneThenAnUpdate() {
        Article article = published("Address before");
        app.articles().update(article.toBuilder().slug("address-after").build());

        await().atMost(SOON).until(() -> hooksOf(article).size() >= 3);

        List<JsonNode> hooks = hooksOf(article);
        assertEquals(List.of("article.published", "article.slug_changed", "article.updated"),
                hooks.stream().map(hook -> hook.get("type").asText()).toList());
        assertEquals(article.slug(), hooks.get(1).get("data").get("previous_slug").asText());
    }

    @Test
    void unpublishingAndTheTrashAreSentToo() {
        Article unpublished = published("Taken back");
        Article trashed = published("Thrown away");
        Article stored = app.articles().findById(unpublished.id()).orElseThrow();
        app.articles().update(stored.toBuilder().status(ArticleStatus.DRAFT).build());
        app.articles().moveToTrash(trashed.id(), "test");

        await().atMost(SOON).until(() -> hooksOf(unpublished).size() >= 2 && hooksOf(trashed).size() >= 2);

        assertEquals("article.unpublished", hooksOf(unpublished).get(1).get("type").asText());
        assertEquals("article.deleted", hooksOf(trashed).get(1).get("type").asText());
    }

    @Test
    void aFailedDeliveryIsTriedAgainLaterAndTheLogSaysSo() {
        receiver.failNext(1);
        Article article = published("Retried article");
        await().atMost(SOON).until(() -> hooksOf(article).size() == 1);
        assertTrue(Jsoup.parse(admin.get("/admin/webhooks/" + endpointId).body()).select("td").eachText()
                .contains("retrying"));

        clock.advance(Duration.ofSeconds(31));

        await().atMost(SOON).until(() -> hooksOf(article).size() == 2);
        assertEquals(hooksOf(article).get(0).get("id"), hooksOf(article).get(1).get("id"), "the same event again");
        Document log = Jsoup.parse(admin.get("/admin/webhooks/" + endpointId).body());
        String row = log.select("tr:contains(" + hooksOf(article).get(0).get("id").asText() + ")").text();
        assertTrue(row.contains("delivered") && row.contains(" 2 ") && row.contains("200"), row);
    }

    @Test
    void redeliverSendsTheEventAgainAtOnce() {
        Article article = published("Redelivered article");
        await().atMost(SOON).until(() -> hooksOf(article).size() == 1);
        Document log = Jsoup.parse(admin.get("/admin/webhooks/" + endpointId).body());
        String action = log.select("tr:contains(" + hooksOf(article).get(0).get("id").asText() + ") form")
                .attr("action");

        assertEquals(303, admin.post(action, Map.of()).statusCode());

        await().atMost(SOON).until(() -> hooksOf(article).size() == 2);
    }

    @Test
    void indexNowHearsOfEachPublicAddressWithTheKeyTheSiteServes() {
        Article article = published("Indexed article");

        await().atMost(SOON).until(() -> receiver.receivedAt("/indexnow").stream()
                .anyMatch(request -> request.body().contains("/articles/" + article.slug())));

        JsonNode body = json(receiver.receivedAt("/indexnow").get(0).body());
        assertEquals(INDEXNOW_KEY, body.get("key").asText());
        assertEquals("localhost", body.get("host").asText());
        String keyLocation = body.get("keyLocation").asText();
        assertEquals(app.url("/" + INDEXNOW_KEY + ".txt"), keyLocation);
        assertEquals(INDEXNOW_KEY, app.get("/" + INDEXNOW_KEY + ".txt").body());
    }

    @Test
    void anEndpointIsRefusedWithAReasonNextToItsField() {
        HttpResponse<String> refused = admin.post("/admin/webhooks", List.of(Map.entry("url", "ftp://example.com/"),
                Map.entry("description", "")));

        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertTrue(page.select("#url-error").text().contains("http or https"), page.select("#url-error").text());
        assertTrue(page.select("#events-error").text().contains("at least one event"));
    }
}
