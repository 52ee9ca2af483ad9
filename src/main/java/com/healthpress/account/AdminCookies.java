package com.healthpress.account;

import com.healthpress.config.Config;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The two cookies of the admin side, both limited to {@code /admin}, HttpOnly, and Secure when the site is served
 * over https: {@value #SESSION} with the session id, and {@value #LOGIN_CSRF}, the random value that the login and
 * setup forms' token is made from ({@link LoginFormTokens}), since they are used before there is a session. Both last until the browser closes; the server ends
 * sessions on its own clock.
 */
final class AdminCookies {

    static final String SESSION = "hp_session";
    static final String LOGIN_CSRF = "hp_login_csrf";
    static final String PATH = "/admin";
    private static final int UNTIL_BROWSER_CLOSES = -1;

    private final boolean secure;

    AdminCookies(Config config) {
        this.secure = config.isHttps();
    }

    String session(Context ctx) {
        return ctx.cookie(SESSION);
    }

    void setSession(Context ctx, String value) {
        ctx.cookie(cookie(SESSION, value, UNTIL_BROWSER_CLOSES, SameSite.LAX));
    }

    void clearSession(Context ctx) {
        ctx.cookie(cookie(SESSION, "", 0, SameSite.LAX));
    }

    /** The login cookie's value: the browser's current one when it has a good one, else a new one, sent along. */
    String loginCookie(Context ctx) {
        String token = ctx.cookie(LOGIN_CSRF);
        if (!Tokens.isWellFormed(token)) {
            token = Tokens.random();
            ctx.cookie(cookie(LOGIN_CSRF, token, UNTIL_BROWSER_CLOSES, SameSite.STRICT));
        }
        return token;
    }

    /** The login cookie the browser sent, as it sent it (or null). */
    String sentLoginCookie(Context ctx) {
        return ctx.cookie(LOGIN_CSRF);
    }

    private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
        return new Cookie(name, value, PATH, maxAge, secure, true, null, sameSite);
    }
}
