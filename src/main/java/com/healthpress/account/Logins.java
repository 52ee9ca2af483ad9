package com.healthpress.account;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One login attempt from start to end: refused while the username or address is paused, held back after several
 * failures, checked, and remembered as a failure or a success. Only addresses and known usernames are logged.
 */
final class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    private final AccountService accounts;
    private final LoginThrottle throttle;

    Logins(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    Outcome attempt(String username, String password, String address) {
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        if (attempt.refused()) {
            LOG.warn("admin login refused from {}: too many recent failures", address);
            return new Refused(attempt.retryAfterSeconds());
        }
        pause(attempt.delay());
        Optional<Account> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            LOG.info("failed admin login from {}", address);
            return new Failed();
        }
        throttle.succeeded(attempt);
        LOG.info("admin {} logged in from {}", account.get().username(), address);
        return new Succeeded(account.get());
    }

    /** Holds back a suspicious attempt; bounded by {@link LoginThrottle#MAX_DELAY}. */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How an attempt ended. */
    sealed interface Outcome permits Refused, Failed, Succeeded {
    }

    /** Not even checked: too many recent failures; another attempt may be made after this many seconds. */
    record Refused(long retryAfterSeconds) implements Outcome {
    }

    /** Wrong username or password: which of the two is not told. */
    record Failed() implements Outcome {
    }

    record Succeeded(Account account) implements Outcome {
    }
}
