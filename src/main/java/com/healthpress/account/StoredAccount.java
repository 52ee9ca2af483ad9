package com.healthpress.account;

import com.healthpress.access.Roles;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** An account row with its password hash (null while an invitation waits), which stays inside this package. */
record StoredAccount(long id, String username, String passwordHash, Instant createdAt, boolean disabled) {

    /** Whether the account may log in: it has a password and is not disabled. */
    boolean canLogIn() {
        return passwordHash != null && !disabled;
    }

    /** The account with its roles, read on the same handle. */
    Account account(Handle handle) {
        return new Account(id, username, createdAt, handle.attach(AccountRoleRepository.class).rolesOf(id));
    }

    Account account(Roles roles) {
        return new Account(id, username, createdAt, roles);
    }
}
