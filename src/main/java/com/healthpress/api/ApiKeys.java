package com.healthpress.api;

import com.healthpress.account.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Content API keys: made (the key shown once, only its SHA-256 kept), listed, revoked, and checked per request. A
 * revoked key is refused from its next request on every instance, since each check reads the table.
 */
public final class ApiKeys {

    /** What every key starts with, so that a key pasted somewhere is recognisable (and secret scanners find it). */
    static final String PREFIX = "hp_";
    private static final Pattern SHAPE = Pattern.compile("hp_[A-Za-z0-9_-]{43}");
    private static final int SHOWN_PREFIX_LENGTH = 10;
    private static final int MAX_NAME_LENGTH = 100;
    /** A key's last use is written at most this often, not per request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public ApiKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Makes a key named for its client; the name must be 1 to 100 characters. */
    public NewApiKey create(String name, String by) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A key's name must be 1 to " + MAX_NAME_LENGTH + " characters, such as "
                    + "\"Newsletter\" or \"iOS app\".");
        }
        String secret = PREFIX + Tokens.random();
        ApiKey key = jdbi.inTransaction(handle -> {
            ApiKeyRepository keys = handle.attach(ApiKeyRepository.class);
            long id = keys.insert(trimmed, Tokens.sha256Hex(secret), secret.substring(0, SHOWN_PREFIX_LENGTH),
                    clock.instant(), by);
            return keys.find(id).orElseThrow();
        });
        return new NewApiKey(key, secret);
    }

    public List<ApiKey> list() {
        return jdbi.withHandle(handle -> handle.attach(ApiKeyRepository.class).listAll());
    }

    /** Revokes the key; false when there is no such key or it was revoked already. */
    public boolean revoke(long id, String by) {
        return jdbi.withHandle(handle -> handle.attach(ApiKeyRepository.class).revoke(id, clock.instant(), by)) == 1;
    }

    /** The active key a request presents; empty for anything else (malformed, unknown, revoked). */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = jdbi.withHandle(handle ->
                handle.attach(ApiKeyRepository.class).findActive(Tokens.sha256Hex(presented)));
        key.ifPresent(this::noteUse);
        return key;
    }

    private void noteUse(ApiKey key) {
        Instant now = clock.instant();
        Instant written = lastUseWritten.get(key.id());
        if (written == null || !now.isBefore(written.plus(LAST_USE_PRECISION))) {
            lastUseWritten.put(key.id(), now);
            jdbi.useHandle(handle -> handle.attach(ApiKeyRepository.class).markUsed(key.id(), now));
        }
    }
}
