package com.healthpress.account;

import java.time.Instant;

/** An account row with its password hash, which stays inside this package. */
record StoredAccount(long id, String username, String passwordHash, Instant createdAt) {

    Account account() {
        return new Account(id, username, createdAt);
    }
}
