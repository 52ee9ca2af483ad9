package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging in and out through the real forms, on the app with its own database. */
class LoginTest {

    private static final String PASSWORD = "a long enough password";

    private static TestApp app;
    private static AppDatabase database;
    private Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = new AppDatabase(app.databaseUrl());
        database.createAdmin("alice", PASSWORD);
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
    void theRightPasswordStartsASessionAndGoesToNext() {
        HttpResponse<String> response = browser.logIn("alice", PASSWORD, "/admin/trash");

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/admin/trash", response.headers().firstValue("Location").orElseThrow());
        assertNotNull(browser.cookie(AdminCookies.SESSION));
        assertLoggedIn(browser);
    }

    @Test
    void usernamesMatchWithoutRegardToCase() {
        assertEquals(303, browser.logIn("ALICE", PASSWORD).statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = browser.logIn("alice", "not the password at all");
        HttpResponse<String> unknownUser = browser.logIn("nobody", PASSWORD);

        assertEquals(422, wrongPassword.statusCode());
        assertEquals(wrongPassword.statusCode(), unknownUser.statusCode());
        assertEquals(List.of(LoginPages.WRONG_CREDENTIALS), messages(wrongPassword));
        assertEquals(messages(wrongPassword), messages(unknownUser));
        assertEquals(wrongPassword.body().replace("alice", "nobody"), unknownUser.body());
        assertNull(browser.cookie(AdminCookies.SESSION));
        assertNotLoggedIn(browser);
    }

    @Test
    void anUnknownUsernameCostsAsMuchWorkAsAWrongPassword() {
        browser.logIn("alice", "a warm-up password");
        browser.logIn("nobody", "a warm-up password");
        Duration wrongPassword = ChronoUnit.FOREVER.getDuration();
        Duration unknownUser = ChronoUnit.FOREVER.getDuration();
        for (int attempt = 0; attempt < 3; attempt++) {
            String password = "wrong password " + attempt;
            wrongPassword = min(wrongPassword, CpuTime.ofThisProcess(() -> browser.logIn("alice", password)));
            unknownUser = min(unknownUser, CpuTime.ofThisProcess(() -> browser.logIn("nobody-" + password, password)));
        }

        assertTrue(unknownUser.compareTo(wrongPassword.dividedBy(2)) > 0, "unknown user " + unknownUser.toMillis()
                + " ms, wrong password " + wrongPassword.toMillis() + " ms of processor");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Test
    void theFormKeepsTheUsernameAndTiesTheErrorToThePasswordField() {
        Document page = Jsoup.parse(browser.logIn("alice", "not the password at all").body());

        assertEquals("alice", page.selectFirst("input[name=username]").val());
        assertEquals("", page.selectFirst("input[name=password]").val());
        Element password = page.selectFirst("input#password");
        assertEquals("true", password.attr("aria-invalid"));
        assertEquals(LoginPages.WRONG_CREDENTIALS, page.getElementById(password.attr("aria-describedby")).text());
    }

    @Test
    void emptyFieldsAreReportedWithoutCountingAsAFailure() {
        HttpResponse<String> response = browser.logIn("", "");

        assertEquals(422, response.statusCode());
        assertEquals(List.of("Enter your username.", "Enter your password."), messages(response));
        assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure"));
    }

    @Test
    void credentialsLongerThanAnyAccountHasAreRefusedBeforeTheyAreCounted() {
        String username = "a".repeat(AccountService.USERNAME_MAX_LENGTH + 1);
        String password = "p".repeat(1_000_000);

        HttpResponse<String> response = browser.logIn(username, password);
        HttpResponse<String> passwordOnly = browser.logIn("alice", password);

        assertEquals(422, response.statusCode());
        assertEquals(List.of(LoginPages.USERNAME_TOO_LONG, Passwords.TOO_LONG), messages(response));
        assertEquals(List.of(Passwords.TOO_LONG), messages(passwordOnly));
        assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure"), "neither counted nor checked");
        assertNotLoggedIn(browser);
        Document form = Jsoup.parse(passwordOnly.body());
        assertEquals(String.valueOf(AccountService.USERNAME_MAX_LENGTH), form.getElementById("username").attr("maxlength"));
        assertEquals(String.valueOf(Passwords.MAX_LENGTH), form.getElementById("password").attr("maxlength"));
    }

    @Test
    void theLoginFormIsAccessible() {
        Document page = Jsoup.parse(browser.get("/admin/login").body());

        for (String field : List.of("username", "password")) {
            Element input = page.getElementById(field);
            assertNotNull(page.selectFirst("label[for=" + field + "]"), field);
            assertTrue(input.hasAttr("required"), field);
        }
        assertEquals("username", page.getElementById("username").attr("autocomplete"));
        assertEquals("current-password", page.getElementById("password").attr("autocomplete"));
        assertEquals("password", page.getElementById("password").attr("type"));
        assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void loginSetsASessionCookieForAdminPagesOnly() {
        HttpResponse<String> response = browser.logIn("alice", PASSWORD);

        String cookie = Browser.setCookies(response).get(AdminCookies.SESSION);
        assertTrue(cookie.matches("hp_session=[A-Za-z0-9_-]{43};.*"), cookie);
        assertTrue(cookie.contains("; Path=/admin"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http cannot send a Secure cookie back: " + cookie);
    }

    @Test
    void theLoginFormTokenCookieIsStrict() {
        HttpResponse<String> response = browser.get("/admin/login");

        String cookie = Browser.setCookies(response).get(AdminCookies.LOGIN_CSRF);
        assertTrue(cookie.contains("; Path=/admin"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        String field = Jsoup.parse(response.body()).selectFirst("input[name=csrf]").val();
        assertTrue(Tokens.isWellFormed(field), field);
        assertNotEquals(browser.cookie(AdminCookies.LOGIN_CSRF), field, "made from the cookie, not a copy of it");
    }

    @Test
    void aLoginWithoutTheFormTokenIsRefused() {
        browser.get("/admin/login");

        HttpResponse<String> missing = browser.post("/admin/login", "username", "alice", "password", PASSWORD);
        HttpResponse<String> wrong = browser.post("/admin/login", "csrf", Tokens.random(), "username", "alice",
                "password", PASSWORD);

        assertEquals(403, missing.statusCode());
        assertEquals(403, wrong.statusCode());
        assertNull(browser.cookie(AdminCookies.SESSION));
        assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure"), "the password was not even checked");
    }

    @Test
    void aMatchingCookieAndFieldThatTheSiteDidNotMakeAreRefused() {
        String madeUp = Tokens.random();
        browser.setCookie(AdminCookies.LOGIN_CSRF, madeUp);

        HttpResponse<String> response = browser.post("/admin/login", "csrf", madeUp, "username", "alice",
                "password", PASSWORD);

        assertEquals(403, response.statusCode());
        assertNull(browser.cookie(AdminCookies.SESSION));
        assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure"), "the password was not even checked");
    }

    @Test
    void loggingInAgainGivesANewSessionAndEndsTheOldOne() {
        browser.logIn("alice", PASSWORD);
        String first = browser.cookie(AdminCookies.SESSION);

        browser.logIn("alice", PASSWORD);
        String second = browser.cookie(AdminCookies.SESSION);

        assertNotEquals(first, second);
        Browser replay = new Browser(app.url(""));
        replay.setCookie(AdminCookies.SESSION, first);
        assertNotLoggedIn(replay);
    }

    @Test
    void aPlantedSessionIdIsNeverAdopted() {
        String planted = Tokens.random();
        browser.setCookie(AdminCookies.SESSION, planted);

        HttpResponse<String> response = browser.logIn("alice", PASSWORD);

        assertEquals(303, response.statusCode());
        assertFalse(Browser.setCookies(response).get(AdminCookies.SESSION).contains(planted));
        Browser attacker = new Browser(app.url(""));
        attacker.setCookie(AdminCookies.SESSION, planted);
        assertNotLoggedIn(attacker);
    }

    @Test
    void logoutEndsTheSessionClearsTheCookieAndSaysSo() {
        browser.logIn("alice", PASSWORD);
        String session = browser.cookie(AdminCookies.SESSION);
        long sessionsBefore = database.sessions();

        HttpResponse<String> response = browser.post("/admin/logout", "csrf", csrfTokenOf(session));

        assertEquals(303, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals("/admin/login?logged-out", location);
        assertTrue(Browser.setCookies(response).get(AdminCookies.SESSION)
                .matches("hp_session=; Path=/admin; Expires=Thu, 01 Jan 1970 00:00:00 GMT;.*"));
        assertNull(browser.cookie(AdminCookies.SESSION));
        assertEquals(sessionsBefore - 1, database.sessions());
        Document login = Jsoup.parse(browser.get(location).body());
        assertEquals(LoginPages.LOGGED_OUT, login.selectFirst("[role=status]").text());
        Browser replay = new Browser(app.url(""));
        replay.setCookie(AdminCookies.SESSION, session);
        assertNotLoggedIn(replay);
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefusedAndKeepsTheSession() {
        browser.logIn("alice", PASSWORD);

        HttpResponse<String> response = browser.post("/admin/logout");

        assertEquals(403, response.statusCode());
        assertLoggedIn(browser);
    }

    @Test
    void theLoginPageSendsALoggedInAdminOn() {
        browser.logIn("alice", PASSWORD);

        HttpResponse<String> response = browser.get("/admin/login?next=%2Fadmin%2Fimport");

        assertEquals(303, response.statusCode());
        assertEquals("/admin/import", response.headers().firstValue("Location").orElseThrow());
    }

    private static String csrfTokenOf(String session) {
        return new SessionStore(database.jdbi(), java.time.Clock.systemUTC()).csrfTokenOf(session).orElseThrow();
    }

    private static List<String> messages(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".field-error").eachText();
    }

    /** The login page sends only a logged-in admin on, without showing the form. */
    static void assertLoggedIn(Browser browser) {
        HttpResponse<String> response = browser.get("/admin/login");
        assertEquals(303, response.statusCode(), "the login page sends a logged-in admin on");
        assertEquals("/admin", response.headers().firstValue("Location").orElseThrow());
    }

    static void assertNotLoggedIn(Browser browser) {
        HttpResponse<String> response = browser.get("/admin/trash");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/admin/login?next="));
    }
}
