package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accounts page at /admin/accounts: the list with roles and state, inviting by a one-time link, changing roles,
 * disabling (the account's open sessions end at once) and the admin who must remain.
 */
class AccountPagesTest {

    private static final String PASSWORD = "a long enough password";

    private static TestApp app;
    private static AppDatabase database;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = new AppDatabase(app.databaseUrl());
        admin = AdminClient.loggedIn(app);
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @BeforeEach
    void forgetFailures() {
        database.forgetLoginFailures();
    }

    @Test
    void theListShowsEachAccountWithItsRolesAndState() {
        Account editor = accounts().create("listed-editor", PASSWORD, Roles.of(Role.EDITOR, Role.REVIEWER));

        Document page = Jsoup.parse(admin.get("/admin/accounts").body());

        Element row = page.getElementById("account-" + editor.id());
        assertEquals("listed-editor", row.selectFirst("th").text());
        assertTrue(row.text().contains("Active"), row.text());
        assertEquals(List.of("editor", "reviewer"), row.select("input[name=role][checked]").eachAttr("value"));
    }

    @Test
    void anInviteeOpensTheLinkShownOncePicksAPasswordAndIsLoggedInWithTheRolesChosen() {
        HttpResponse<String> invited = admin.post("/admin/accounts", List.of(Map.entry("username", "invited-writer"),
                Map.entry("role", "writer"), Map.entry("role", "reviewer")));

        assertEquals(200, invited.statusCode(), invited.body());
        String link = Jsoup.parse(invited.body()).selectFirst(".invitation-link").text();
        assertTrue(link.startsWith(app.url("/admin/invite/")), link);
        String path = link.substring(app.url("").length());
        assertFalse(admin.get("/admin/accounts").body().contains(path), "the link is shown once only");
        assertTrue(admin.get("/admin/accounts").body().contains("Invited, link works until"));

        Browser invitee = new Browser(app.url(""));
        HttpResponse<String> form = invitee.get(path);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("invited-writer"), form.body());
        String csrf = Jsoup.parse(form.body()).selectFirst("input[name=csrf]").val();
        HttpResponse<String> accepted = invitee.post(path, "csrf", csrf, "password", PASSWORD,
                "confirmation", PASSWORD);

        assertEquals(303, accepted.statusCode(), accepted.body());
        HttpResponse<String> list = invitee.get("/admin");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Log out invited-writer"), list.body());
        assertEquals(404, new Browser(app.url("")).get(path).statusCode(), "the link works once");
        assertEquals(Roles.of(Role.WRITER, Role.REVIEWER),
                accounts().authenticate("invited-writer", PASSWORD).orElseThrow().roles());
    }

    @Test
    void changedRolesCountFromTheAccountsNextRequest() {
        Account account = accounts().create("promoted", PASSWORD, Roles.of(Role.WRITER));
        Browser browser = loggedIn("promoted");
        assertEquals(403, browser.get("/admin/trash").statusCode());

        HttpResponse<String> saved = admin.post("/admin/accounts/" + account.id() + "/roles",
                List.of(Map.entry("role", "editor")));

        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(200, browser.get("/admin/trash").statusCode());
        assertTrue(admin.get("/admin/accounts?notice=roles").body().contains("The roles are saved"));
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtItsNextRequestAndItCannotLogIn() {
        Account account = accounts().create("to-disable", PASSWORD, Roles.of(Role.EDITOR));
        Browser browser = loggedIn("to-disable");
        assertEquals(200, browser.get("/admin").statusCode());

        assertEquals(303, admin.post("/admin/accounts/" + account.id() + "/disable", Map.of()).statusCode());

        HttpResponse<String> next = browser.get("/admin");
        assertEquals(303, next.statusCode());
        assertTrue(next.headers().firstValue("Location").orElseThrow().startsWith("/admin/login"));
        assertEquals(422, new Browser(app.url("")).logIn("to-disable", PASSWORD).statusCode());
        assertTrue(Jsoup.parse(admin.get("/admin/accounts").body()).getElementById("account-" + account.id()).text()
                .contains("Disabled"));

        assertEquals(303, admin.post("/admin/accounts/" + account.id() + "/enable", Map.of()).statusCode());
        assertEquals(303, new Browser(app.url("")).logIn("to-disable", PASSWORD).statusCode());
    }

    @Test
    void theLastAdminWhoCanLogInIsRefusedWithAMessageAndKeepsTheRole() {
        try (TestApp alone = TestApp.start(); AppDatabase its = new AppDatabase(alone.databaseUrl())) {
            AdminClient only = AdminClient.loggedIn(alone);
            long id = new AccountService(its.jdbi(), Clock.systemUTC()).list().get(0).id();

            HttpResponse<String> demoted = only.post("/admin/accounts/" + id + "/roles",
                    List.of(Map.entry("role", "editor")));
            HttpResponse<String> disabled = only.post("/admin/accounts/" + id + "/disable", Map.of());

            assertEquals(409, demoted.statusCode());
            assertTrue(Jsoup.parse(demoted.body()).selectFirst("[role=alert]").text()
                    .contains("keeps the admin role: there must always be an admin"), demoted.body());
            assertEquals(409, disabled.statusCode());
            assertTrue(disabled.body().contains("stays enabled"), disabled.body());
            assertEquals(200, only.get("/admin/accounts").statusCode(), "still an admin, still logged in");
        }
    }

    private static AccountService accounts() {
        return new AccountService(database.jdbi(), Clock.systemUTC());
    }

    private static Browser loggedIn(String username) {
        Browser browser = new Browser(app.url(""));
        HttpResponse<String> response = browser.logIn(username, PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        return browser;
    }
}
