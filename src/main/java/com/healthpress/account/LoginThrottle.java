package com.healthpress.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down and then stops password guessing, per username and per client address, over the last
 * {@link #WINDOW}. Usernames are counted by the SHA-256 of their lower-case form, known or not, so that a password
 * typed into the username field is not stored. Counts live in the database and so hold across app instances.
 */
final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int SLOW_AFTER_USERNAME_FAILURES = 5;
    static final int SLOW_AFTER_ADDRESS_FAILURES = 20;
    static final int REFUSE_AFTER_USERNAME_FAILURES = 10;
    static final int REFUSE_AFTER_ADDRESS_FAILURES = 50;
    static final Duration FIRST_DELAY = Duration.ofMillis(250);
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    private static final int MAX_ADDRESS_LENGTH = 64;

    private final Jdbi jdbi;
    private final Clock clock;

    LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Starts a login attempt. It is recorded as a failure at once, before the password is checked, so that attempts
     * made in parallel count against each other; {@link #succeeded} takes it back. A refused attempt is not
     * recorded, so that guessing on cannot extend the pause.
     */
    Attempt begin(String username, String address) {
        String usernameKey = usernameKey(username);
        String addressKey = addressKey(address);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        return jdbi.withExtension(LoginFailureRepository.class, failures -> {
            failures.deleteOlderThan(since);
            long id = failures.insert(usernameKey, addressKey, now);
            int earlierByUsername = failures.byUsername(usernameKey, since).size() - 1;
            int earlierByAddress = failures.byAddress(addressKey, since).size() - 1;
            if (earlierByUsername >= REFUSE_AFTER_USERNAME_FAILURES
                    || earlierByAddress >= REFUSE_AFTER_ADDRESS_FAILURES) {
                failures.delete(id);
                Duration wait = max(
                        waitUntilBelow(failures.byUsername(usernameKey, since), REFUSE_AFTER_USERNAME_FAILURES, now),
                        waitUntilBelow(failures.byAddress(addressKey, since), REFUSE_AFTER_ADDRESS_FAILURES, now));
                return new Attempt(usernameKey, Duration.ZERO, Optional.of(wait));
            }
            return new Attempt(usernameKey, delay(earlierByUsername, earlierByAddress), Optional.empty());
        });
    }

    /** The attempt logged in: it and every other recent failure for its username are forgotten. */
    void succeeded(Attempt attempt) {
        jdbi.useExtension(LoginFailureRepository.class, failures -> failures.deleteForUsername(attempt.usernameKey()));
    }

    /** 250 ms once the first limit is reached, doubling with each further failure, at most 2 s. */
    static Duration delay(int earlierByUsername, int earlierByAddress) {
        int excess = Math.max(earlierByUsername - SLOW_AFTER_USERNAME_FAILURES,
                earlierByAddress - SLOW_AFTER_ADDRESS_FAILURES);
        if (excess < 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(excess, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** How long until fewer than {@code limit} of these failures (oldest first) are inside the window. */
    private static Duration waitUntilBelow(List<Instant> failures, int limit, Instant now) {
        if (failures.size() < limit) {
            return Duration.ZERO;
        }
        Instant leaves = failures.get(failures.size() - limit).plus(WINDOW);
        return Duration.between(now, leaves);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String usernameKey(String username) {
        return Tokens.sha256Hex(username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH);
    }

    /** One login attempt: how long to hold it back, or, when refused, how long until another may be made. */
    record Attempt(String usernameKey, Duration delay, Optional<Duration> retryAfter) {

        boolean refused() {
            return retryAfter.isPresent();
        }

        /** Whole seconds for the Retry-After header, rounded up, at least 1. */
        long retryAfterSeconds() {
            Duration wait = retryAfter.orElse(Duration.ZERO);
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
