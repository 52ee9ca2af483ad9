package com.healthpress.account;

import com.healthpress.config.Config;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, when no admin exists yet, makes a one-time setup link and prints it. Only the token's SHA-256 is
 * stored; each start replaces the token of the one before, and the link stops working once any admin exists.
 */
public final class SetupLink {

    private static final Logger LOG = LoggerFactory.getLogger(SetupLink.class);
    static final String PATH = "/admin/setup/";

    private final Jdbi jdbi;
    private final Config config;
    private final Clock clock;

    SetupLink(Jdbi jdbi, Config config, Clock clock) {
        this.jdbi = jdbi;
        this.config = config;
        this.clock = clock;
    }

    public void announceIfNoAccounts() {
        create().ifPresent(token -> LOG.warn("No admin account yet. Create the first one at {}{}{}",
                config.baseUrl(), PATH, token));
    }

    /** A new setup token in place of any older one, when no admin exists yet. */
    Optional<String> create() {
        String token = Tokens.random();
        return jdbi.inTransaction(handle -> {
            if (handle.attach(AccountRepository.class).count() > 0) {
                return Optional.empty();
            }
            SetupTokenRepository tokens = handle.attach(SetupTokenRepository.class);
            tokens.deleteAll();
            tokens.insert(Tokens.sha256Hex(token), clock.instant());
            return Optional.of(token);
        });
    }

    /** Whether this token from a setup link may still create the first admin. */
    boolean isUsable(String token) {
        if (!Tokens.isWellFormed(token)) {
            return false;
        }
        return jdbi.withHandle(handle -> handle.attach(AccountRepository.class).count() == 0
                && handle.attach(SetupTokenRepository.class).count(Tokens.sha256Hex(token)) > 0);
    }
}
