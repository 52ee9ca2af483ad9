package com.healthpress.account;

import com.healthpress.access.Actor;
import com.healthpress.access.Permission;

/** The logged-in account of the current request, with the session's token that every form must send back. */
public record AdminSession(Account account, String csrfToken) {

    /** The name of the hidden form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    public String username() {
        return account.username();
    }

    public Actor actor() {
        return account.actor();
    }

    /** Whether the account's roles allow the permission of this name; for pages that show only what one may use. */
    public boolean can(String permission) {
        return account.roles().allow(Permission.valueOf(permission));
    }
}
