package com.healthpress.account;

import com.healthpress.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's rules on a real database: slowed after 5 (or 20), refused after 10 (or 50) in 15 minutes. */
class LoginThrottleTest {

    private final MutableClock clock = MutableClock.startingNow();
    private AppDatabase database;
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        database = new AppDatabase(TestDatabases.fresh());
        throttle = new LoginThrottle(database.jdbi(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void attemptsForAUsernameAreSlowedAfterFiveFailuresAndRefusedAfterTen() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LoginThrottle.Attempt attempt = throttle.begin("alice", "192.0.2.1");
            assertFalse(attempt.refused(), "attempt " + (i + 1));
            delays.add(attempt.delay());
        }

        assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2)), delays);
        assertTrue(throttle.begin("alice", "192.0.2.99").refused(), "from any address");
        assertFalse(throttle.begin("bob", "192.0.2.98").refused(), "other usernames are not affected");
    }

    @Test
    void retryAfterIsTheTimeUntilTheOldestCountedFailureLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("alice", "192.0.2.1");
            clock.advance(Duration.ofMinutes(1));
        }

        LoginThrottle.Attempt refused = throttle.begin("alice", "192.0.2.1");

        assertEquals(Optional.of(Duration.ofMinutes(5)), refused.retryAfter());
        assertEquals(300, refused.retryAfterSeconds());
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(throttle.begin("alice", "192.0.2.1").refused());
        clock.advance(Duration.ofSeconds(1));
        assertFalse(throttle.begin("alice", "192.0.2.1").refused());
    }

    @Test
    void refusedAttemptsAreNotCountedSoTheyCannotProlongThePause() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("alice", "192.0.2.1");
        }
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertTrue(throttle.begin("alice", "192.0.2.1").refused());
        }

        clock.advance(Duration.ofMinutes(10));

        assertFalse(throttle.begin("alice", "192.0.2.1").refused());
    }

    @Test
    void usernamesCountWithoutRegardToCaseOrSurroundingSpaceAndAreStoredHashed() {
        for (String spelling : List.of("Alice", "ALICE", " alice ", "alice", "aLiCe")) {
            throttle.begin(spelling, "192.0.2.1");
        }

        assertEquals(Duration.ofMillis(250), throttle.begin("alice", "192.0.2.1").delay());
        assertEquals(0, database.count("SELECT COUNT(*) FROM login_failure WHERE LOWER(username) LIKE '%alice%'"));
    }

    @Test
    void attemptsFromOneAddressAreSlowedAfterTwentyFailuresAndRefusedAfterFifty() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, throttle.begin("user" + i, "192.0.2.7").delay());
        }
        assertEquals(Duration.ofMillis(250), throttle.begin("user20", "192.0.2.7").delay());
        for (int i = 21; i < 50; i++) {
            assertFalse(throttle.begin("user" + i, "192.0.2.7").refused(), "attempt " + (i + 1));
        }

        assertTrue(throttle.begin("someone-new", "192.0.2.7").refused());
        assertFalse(throttle.begin("someone-new", "198.51.100.1").refused(), "other addresses are not affected");
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        for (int i = 0; i < 9; i++) {
            throttle.begin("alice", "192.0.2.1");
        }

        throttle.succeeded(throttle.begin("alice", "192.0.2.1"));

        assertEquals(Duration.ZERO, throttle.begin("alice", "192.0.2.1").delay());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("alice", "192.0.2.1");
        }

        clock.advance(LoginThrottle.WINDOW);

        LoginThrottle.Attempt attempt = throttle.begin("alice", "192.0.2.1");
        assertFalse(attempt.refused());
        assertEquals(Duration.ZERO, attempt.delay());
        assertEquals(1, database.count("SELECT COUNT(*) FROM login_failure"), "old rows are deleted");
    }

    @Test
    void theDelayDoublesFromAQuarterSecondToAtMostTwoSeconds() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(4, 19));
        assertEquals(Duration.ofMillis(250), LoginThrottle.delay(5, 0));
        assertEquals(Duration.ofMillis(500), LoginThrottle.delay(0, 21));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(9, 49));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(Integer.MAX_VALUE, 0));
    }
}
