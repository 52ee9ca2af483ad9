package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every admin page needs a session, every admin change a CSRF token; refused requests change nothing. */
class AdminGuardTest {

    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/", "/admin/articles/new",
            "/admin/articles/1", "/admin/articles/1/history", "/admin/trash", "/admin/import", "/admin/no-such-page");
    private static final List<String> ADMIN_CHANGES = List.of("/admin/articles", "/admin/preview",
            "/admin/articles/%d", "/admin/articles/%d/trash", "/admin/articles/%d/restore", "/admin/trash/empty",
            "/admin/articles/%d/history/1/restore",
            "/admin/import", "/admin/logout");

    private static TestApp app;
    private static AppDatabase database;
    private static Article article;
    private Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = new AppDatabase(app.databaseUrl());
        article = app.articles().create(TestArticles.published("Guarded article", Instant.now().minusSeconds(60)));
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @BeforeEach
    void newBrowser() {
        database.forgetLoginFailures();
        browser = new Browser(app.url(""));
    }

    @Test
    void everyAdminPageSendsABrowserWithoutSessionToTheLoginPage() {
        for (String path : ADMIN_PAGES) {
            HttpResponse<String> response = browser.get(path + "?tab=seo&q=a%20b");

            assertEquals(303, response.statusCode(), path);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/admin/login?next="), location);
            assertEquals(path + "?tab=seo&q=a%20b",
                    URLDecoder.decode(location.substring("/admin/login?next=".length()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anAdminIsReturnedToTheRequestedPageAfterLoggingIn() {
        database.createAdmin("returning", "returning admin's password");
        String location = browser.get("/admin/articles/new?from=list").headers().firstValue("Location").orElseThrow();

        HttpResponse<String> form = browser.get(location);
        assertEquals("/admin/articles/new?from=list",
                Jsoup.parse(form.body()).selectFirst("input[name=next]").val());
        HttpResponse<String> loggedIn = browser.post("/admin/login", "csrf",
                Jsoup.parse(form.body()).selectFirst("input[name=csrf]").val(),
                "username", "returning", "password", "returning admin's password",
                "next", "/admin/articles/new?from=list");

        assertEquals(303, loggedIn.statusCode());
        assertEquals("/admin/articles/new?from=list", loggedIn.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void loginNeverRedirectsOffTheAdminArea() {
        database.createAdmin("redirected", "redirected admin's password");
        for (String next : List.of("//evil.example/admin", "https://evil.example/admin", "/admin\\..\\evil",
                "/\\evil.example", "/admin/../articles/x", "/admin/%2e%2e/x", "/admin//evil.example",
                "javascript:alert(1)", "/articles/x", "/administrator", " /admin", "/admin\t/x")) {
            HttpResponse<String> response = browser.logIn("redirected", "redirected admin's password", next);

            assertEquals(303, response.statusCode(), next);
            assertEquals("/admin", response.headers().firstValue("Location").orElseThrow(), next);
            browser.clearCookies();
        }
    }

    @Test
    void theLoginFormOnlyCarriesASafeNext() {
        HttpResponse<String> response = browser.get("/admin/login?next=https%3A%2F%2Fevil.example%2F");

        assertEquals("/admin", Jsoup.parse(response.body()).selectFirst("input[name=next]").val());
    }

    @Test
    void aChangeWithoutSessionIsRefusedWith401AndChangesNothing() {
        String before = state();
        for (String path : changes()) {
            HttpResponse<String> response = browser.post(path, "title", "Changed", "csrf", Tokens.random());

            assertEquals(401, response.statusCode(), path);
            assertTrue(Jsoup.parse(response.body()).text().contains("nothing was changed"), path);
        }
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            HttpResponse<String> response = browser.send(browser.request("/admin/articles/" + article.id())
                    .method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(401, response.statusCode(), method);
        }
        assertEquals(before, state());
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedWith403AndChangesNothing() {
        AdminClient admin = AdminClient.loggedIn(app);
        String before = state();
        for (String path : changes()) {
            HttpResponse<String> missing = admin.post(path, List.of(Map.entry("csrf", ""),
                    Map.entry("title", "Changed")));
            HttpResponse<String> wrong = admin.post(path, Map.of("csrf", Tokens.random(), "title", "Changed"));
            HttpResponse<String> wrongMultipart = admin.postMultipart(path, List.of(
                    AdminClient.Part.field("csrf", Tokens.random()),
                    AdminClient.Part.file("image", "a.png", "image/png", new byte[] {1, 2, 3})));

            assertEquals(403, missing.statusCode(), path);
            assertEquals(403, wrong.statusCode(), path);
            assertEquals(403, wrongMultipart.statusCode(), path);
            assertTrue(Jsoup.parse(wrong.body()).text().contains("nothing was changed"), path);
        }
        assertEquals(before, state());
    }

    @Test
    void theCsrfTokenIsAcceptedAsFieldHeaderOrFirstMultipartPart() {
        AdminClient byField = AdminClient.loggedIn(app);
        assertEquals(303, byField.post("/admin/logout", Map.of()).statusCode());

        AdminClient byHeader = AdminClient.loggedIn(app);
        Browser raw = new Browser(app.url(""));
        raw.setCookie(AdminCookies.SESSION, byHeader.cookie(AdminCookies.SESSION));
        HttpResponse<String> withHeader = raw.send(raw.request("/admin/logout")
                .header(AdminAuth.CSRF_HEADER, byHeader.csrfToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(303, withHeader.statusCode());

        AdminClient byMultipart = AdminClient.loggedIn(app);
        assertEquals(303, byMultipart.postMultipart("/admin/logout",
                List.of(AdminClient.Part.field("reason", "done"))).statusCode());
        assertEquals(0L, (long) database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM admin_session WHERE csrf_token IN (<tokens>)")
                .bindList("tokens", byField.csrfToken(), byHeader.csrfToken(), byMultipart.csrfToken())
                .mapTo(Long.class).one()), "all three sessions ended");
    }

    @Test
    void anotherSessionsTokenIsNotAccepted() {
        AdminClient alice = AdminClient.loggedIn(app);
        AdminClient bob = AdminClient.loggedIn(app);

        HttpResponse<String> response = alice.post("/admin/logout", Map.of("csrf", bob.csrfToken()));

        assertEquals(403, response.statusCode());
        assertEquals(303, alice.post("/admin/logout", Map.of()).statusCode(), "alice is still logged in");
    }

    @Test
    void adminResponsesAreNeitherCachedNorIndexedNorFramedElsewhere() {
        AdminClient admin = AdminClient.loggedIn(app);
        for (HttpResponse<String> response : List.of(browser.get("/admin/login"), browser.get("/admin/trash"),
                browser.get("/admin/setup/" + Tokens.random()), browser.post("/admin/logout"),
                admin.get("/admin/trash"), admin.post("/admin/logout", Map.of("csrf", "wrong")))) {
            String what = response.request().method() + " " + response.uri() + " " + response.statusCode();
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), what);
            assertEquals("noindex, nofollow", response.headers().firstValue("X-Robots-Tag").orElse(""), what);
            assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""), what);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), what);
        }
        assertFalse(browser.get("/").headers().firstValue("X-Robots-Tag").isPresent(), "public pages are indexed");
    }

    @Test
    void oddSpellingsOfAdminPathsAreGuardedToo() {
        for (String path : List.of("/admin/trash/", "//admin/trash", "/admin//trash", "/admin/./trash",
                "/admin/x/../trash", "/%61dmin/trash", "/admin/%74rash", "/admin;x=1/trash", "/admin/trash;x=1",
                "/ADMIN/trash", "/admin/login/../trash", "/admin/setup/../trash",
                "/admin/setup/x/../../trash", "/admin/setup/%2e%2e/trash", "/admin/login%2F..%2Ftrash",
                "/admin/setup/x%2F..%2F..%2Ftrash")) {
            HttpResponse<String> response = browser.get(path);
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");

            assertTrue(status == 404 || status == 400 || status == 303 && location.startsWith("/admin/login?next="),
                    path + " answered " + status + " " + location);
        }
    }

    private static List<String> changes() {
        return ADMIN_CHANGES.stream().map(path -> path.formatted(article.id())).toList();
    }

    /** What a refused request must not change. */
    private static String state() {
        return database.jdbi().withHandle(handle -> String.join("|",
                handle.createQuery("SELECT id, slug, title, status, version, deleted_at, hero_image_id FROM article "
                        + "ORDER BY id").mapToMap().list().toString(),
                handle.createQuery("SELECT COUNT(*) FROM article_revision").mapTo(String.class).one(),
                handle.createQuery("SELECT COUNT(*) FROM image").mapTo(String.class).one(),
                handle.createQuery("SELECT id_hash FROM admin_session ORDER BY id_hash").mapTo(String.class).list()
                        .toString()));
    }
}
