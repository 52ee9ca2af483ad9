package com.healthpress.account;

import com.healthpress.access.Roles;
import java.time.Instant;

/** A session row with its account. */
record StoredSession(long accountId, String username, Instant accountCreatedAt, String csrfToken, Instant createdAt,
                     Instant lastSeenAt) {

    AdminSession adminSession(Roles roles) {
        return new AdminSession(new Account(accountId, username, accountCreatedAt, roles), csrfToken);
    }
}
