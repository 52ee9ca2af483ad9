package com.healthpress.account;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import java.time.Instant;

/**
 * One account as the accounts page lists it: its roles, and whether it is active, disabled or invited (no password
 * yet; {@code inviteExpiresAt} says until when its latest link works, null when it has none).
 */
public record AccountSummary(long id, String username, Instant createdAt, Roles roles, State state,
                             Instant inviteExpiresAt) {

    public enum State { ACTIVE, DISABLED, INVITED }

    /** Whether the account holds the role of this stored name; for the page's check boxes. */
    public boolean holds(String role) {
        return Role.named(role).map(roles::contains).orElse(false);
    }

    public boolean isDisabled() {
        return state == State.DISABLED;
    }

    public boolean isInvited() {
        return state == State.INVITED;
    }

    /** The row as read, before its roles are added. */
    record Row(long id, String username, Instant createdAt, boolean disabled, boolean hasPassword,
               Instant inviteExpiresAt) {

        AccountSummary with(Roles roles) {
            State state = disabled ? State.DISABLED : hasPassword ? State.ACTIVE : State.INVITED;
            return new AccountSummary(id, username, createdAt, roles, state, inviteExpiresAt);
        }
    }
}
