package com.healthpress.account;

/** The logged-in admin of the current request, with the session's token that every form must send back. */
public record AdminSession(Account account, String csrfToken) {

    /** The name of the hidden form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    public String username() {
        return account.username();
    }
}
