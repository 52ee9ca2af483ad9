package com.healthpress.account;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * Guards {@code /admin}: every admin page but login and setup needs a session, and every state-changing request
 * a valid CSRF token. (Being built: this stub lets nothing through.)
 */
public final class AdminAuth {

    static final String SESSION_ATTRIBUTE = "adminSession";

    public AdminAuth(org.jdbi.v3.core.Jdbi jdbi, com.healthpress.Config config, java.time.Clock clock) {
    }

    /** The session of the current admin request; handlers behind {@link #requireSession} can rely on it. */
    public static AdminSession current(Context ctx) {
        AdminSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new UnauthorizedResponse();
        }
        return session;
    }

    /** Before-handler for every request: under /admin, anything but login and setup needs a live session. */
    public void requireSession(Context ctx) {
        if (ctx.path().startsWith("/admin") && !ctx.path().startsWith("/admin/login")
                && !ctx.path().startsWith("/admin/setup")) {
            throw new UnauthorizedResponse();
        }
    }

    /** Before-handler for every request: a state-changing /admin request needs the session's CSRF token. */
    public void checkCsrf(Context ctx) {
    }
}
