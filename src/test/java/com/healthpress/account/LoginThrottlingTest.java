package com.healthpress.account;

import com.healthpress.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Password guessing over HTTP ends in 429 with Retry-After, and then not even the right password gets in. */
class LoginThrottlingTest {

    private static final String PASSWORD = "the right password";

    @Test
    void tenWrongPasswordsPauseLoginsForTheAccountEvenWithTheRightPassword() {
        MutableClock clock = MutableClock.startingNow();
        try (TestApp app = TestApp.start(clock); AppDatabase database = new AppDatabase(app.databaseUrl())) {
            database.createAdmin("targeted", PASSWORD);
            Browser attacker = new Browser(app.url(""));
            for (int i = 0; i < 10; i++) {
                assertEquals(422, attacker.logIn("targeted", "guess number " + i).statusCode());
            }
            clock.advance(Duration.ofMinutes(4));

            Browser owner = new Browser(app.url(""));
            HttpResponse<String> refused = owner.logIn("Targeted", PASSWORD);

            assertEquals(429, refused.statusCode());
            assertEquals("660", refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(Jsoup.parse(refused.body()).text().contains("Try again in 11 minutes."), refused.body());
            assertNull(owner.cookie(AdminCookies.SESSION));
            assertFalse(refused.body().contains(LoginPages.WRONG_CREDENTIALS), "says nothing about the password");

            clock.advance(Duration.ofMinutes(11));
            assertEquals(303, owner.logIn("targeted", PASSWORD).statusCode());
            assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure"), "success clears the failures");
        }
    }

    @Test
    void attemptsAfterFiveFailuresAreHeldBack() {
        try (TestApp app = TestApp.start(); AppDatabase database = new AppDatabase(app.databaseUrl())) {
            database.createAdmin("slowed", PASSWORD);
            Browser browser = new Browser(app.url(""));
            long unthrottled = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                browser.logIn("slowed", "guess number " + i);
                unthrottled = Math.min(unthrottled, (System.nanoTime() - start) / 1_000_000);
            }

            long start = System.nanoTime();
            browser.logIn("slowed", "guess number 6");
            browser.logIn("slowed", "guess number 7");
            long held = (System.nanoTime() - start) / 1_000_000;

            assertTrue(held >= 2 * unthrottled + 500, "two throttled attempts (750 ms held back) took " + held
                    + " ms, an unthrottled one at least " + unthrottled + " ms");
        }
    }
}
