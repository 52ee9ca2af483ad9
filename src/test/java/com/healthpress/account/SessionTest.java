package com.healthpress.account;

import com.healthpress.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions live in the database: shared by app instances, ended by idleness and by age. */
class SessionTest {

    private static final String PASSWORD = "session test password";
    private static final MutableClock CLOCK = MutableClock.startingNow();

    private static TestApp app;
    private static AppDatabase database;
    private Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(CLOCK);
        database = new AppDatabase(app.databaseUrl());
        database.createAdmin("sessions", PASSWORD);
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @BeforeEach
    void logIn() {
        browser = new Browser(app.url(""));
        assertEquals(303, browser.logIn("sessions", PASSWORD).statusCode());
    }

    @Test
    void aSessionStartedOnOneInstanceWorksOnAnotherOnTheSameDatabase() {
        try (TestApp other = TestApp.start(app.dataDir(), app.databaseUrl(), CLOCK)) {
            Browser elsewhere = new Browser(other.url(""));
            elsewhere.setCookie(AdminCookies.SESSION, browser.cookie(AdminCookies.SESSION));

            LoginTest.assertLoggedIn(elsewhere);
            String csrf = new SessionStore(database.jdbi(), CLOCK).csrfTokenOf(browser.cookie(AdminCookies.SESSION))
                    .orElseThrow();
            assertEquals(303, elsewhere.post("/admin/logout", "csrf", csrf).statusCode());
        }
        LoginTest.assertNotLoggedIn(browser);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        CLOCK.advance(Duration.ofMinutes(29));
        LoginTest.assertLoggedIn(browser);

        String cookie = browser.cookie(AdminCookies.SESSION);
        CLOCK.advance(Duration.ofMinutes(30));
        HttpResponse<String> response = browser.get("/admin/trash");

        assertEquals(303, response.statusCode());
        assertTrue(Browser.setCookies(response).get(AdminCookies.SESSION).contains("Expires=Thu, 01 Jan 1970"),
                "the dead cookie is cleared");
        assertEquals(0, rowsOf(cookie), "the expired row is deleted");
    }

    @Test
    void activityKeepsASessionAliveForTwelveHoursAtMost() {
        for (int minutes = 25; minutes < 12 * 60; minutes += 25) {
            CLOCK.advance(Duration.ofMinutes(25));
            LoginTest.assertLoggedIn(browser);
        }
        CLOCK.advance(Duration.ofMinutes(25));

        LoginTest.assertNotLoggedIn(browser);
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        Instant loggedInAt = lastSeen(browser);

        CLOCK.advance(Duration.ofSeconds(59));
        LoginTest.assertLoggedIn(browser);
        assertEquals(loggedInAt, lastSeen(browser));

        CLOCK.advance(Duration.ofSeconds(1));
        LoginTest.assertLoggedIn(browser);
        assertEquals(CLOCK.instant(), lastSeen(browser));
    }

    private static Instant lastSeen(Browser browser) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_seen_at FROM admin_session WHERE id_hash = :idHash")
                .bind("idHash", Tokens.sha256Hex(browser.cookie(AdminCookies.SESSION)))
                .mapTo(Instant.class).one());
    }

    private static long rowsOf(String cookie) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM admin_session WHERE id_hash = :idHash")
                .bind("idHash", Tokens.sha256Hex(cookie))
                .mapTo(Long.class).one());
    }
}
