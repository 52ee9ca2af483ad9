package com.healthpress.account;

import java.time.Instant;

/** A session row with its account. */
record StoredSession(long accountId, String username, Instant accountCreatedAt, String csrfToken, Instant createdAt,
                     Instant lastSeenAt) {

    AdminSession adminSession() {
        return new AdminSession(new Account(accountId, username, accountCreatedAt), csrfToken);
    }
}
