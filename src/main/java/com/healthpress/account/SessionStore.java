package com.healthpress.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Admin sessions kept in the database, so that every app instance on it knows them. The cookie carries a random
 * id; the table only its SHA-256. A session ends after {@link #IDLE_TIMEOUT} without a request and, however busy,
 * {@link #LIFETIME} after login.
 */
public final class SessionStore {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** Requests closer together than this do not write last_seen_at again. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public SessionStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new session with a new id and CSRF token; expired sessions of anyone are cleared out on the way. */
    public Started start(Account account) {
        String id = Tokens.random();
        String csrfToken = Tokens.random();
        Instant now = clock.instant();
        jdbi.useExtension(SessionRepository.class, sessions -> {
            sessions.deleteExpired(now.minus(IDLE_TIMEOUT), now.minus(LIFETIME));
            sessions.insert(Tokens.sha256Hex(id), account.id(), csrfToken, now);
        });
        return new Started(id, new AdminSession(account, csrfToken));
    }

    /**
     * The live session with this cookie value, with its account's roles as they are now; an expired one is deleted
     * and reported absent, and a disabled account's is never found.
     */
    public Optional<AdminSession> find(String cookieValue) {
        if (!Tokens.isWellFormed(cookieValue)) {
            return Optional.empty();
        }
        String idHash = Tokens.sha256Hex(cookieValue);
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            SessionRepository sessions = handle.attach(SessionRepository.class);
            Optional<StoredSession> found = sessions.find(idHash);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            StoredSession session = found.get();
            if (!now.isBefore(session.lastSeenAt().plus(IDLE_TIMEOUT))
                    || !now.isBefore(session.createdAt().plus(LIFETIME))) {
                sessions.delete(idHash);
                return Optional.empty();
            }
            if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
                sessions.touch(idHash, now);
            }
            // Read on each request, so a change of roles counts from the account's next request on.
            return Optional.of(session.adminSession(
                    handle.attach(AccountRoleRepository.class).rolesOf(session.accountId())));
        });
    }

    /** Ends the session with this cookie value, if there is one. */
    public void end(String cookieValue) {
        if (Tokens.isWellFormed(cookieValue)) {
            jdbi.useExtension(SessionRepository.class, sessions -> sessions.delete(Tokens.sha256Hex(cookieValue)));
        }
    }

    /**
     * The CSRF token stored for this cookie value, whether or not the session is still live; for tools and tests
     * that hold the cookie and cannot read the token from a page.
     */
    public Optional<String> csrfTokenOf(String cookieValue) {
        if (!Tokens.isWellFormed(cookieValue)) {
            return Optional.empty();
        }
        return jdbi.withExtension(SessionRepository.class, sessions -> sessions.find(Tokens.sha256Hex(cookieValue)))
                .map(StoredSession::csrfToken);
    }

    /** A session just started: the value for the cookie, which is not stored anywhere, and the session. */
    public record Started(String cookieValue, AdminSession session) {
    }
}
