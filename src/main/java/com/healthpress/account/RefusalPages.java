package com.healthpress.account;

import com.healthpress.access.NotPermitted;
import com.healthpress.access.Permission;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.HashMap;
import java.util.Map;

/**
 * The short pages of a refused admin request: not logged in (401), a forged or stale form (403), a permission the
 * account's roles do not give (403), too many failed logins (429).
 */
final class RefusalPages {

    private static final String LOGIN = "/admin/login";

    private final Views views;
    private final SeoPages seo;

    RefusalPages(Views views, SeoPages seo) {
        this.views = views;
        this.seo = seo;
    }

    void notLoggedIn(Context ctx) {
        render(ctx, 401, null, "Please log in again",
                "You are not logged in, or your session has ended, so nothing was changed. "
                        + "Log in, then go back and try again.", LOGIN, "Log in");
    }

    void staleForm(Context ctx, AdminSession session) {
        render(ctx, 403, session, "This form could not be accepted",
                "It was open for too long or did not come from this site, so nothing was changed. "
                        + "Go back, reload the page and try again.", session == null ? LOGIN : null, "Log in");
    }

    void staleLoginForm(Context ctx) {
        render(ctx, 403, null, "This form could not be accepted",
                "It was open for too long or did not come from this site. Reload the login page and try again; "
                        + "your browser must accept cookies from this site to log in.", LOGIN, "Reload the login page");
    }

    void notPermitted(Context ctx, AdminSession session, NotPermitted refused) {
        boolean canReadAdmin = session != null && session.actor().can(Permission.VIEW_ADMIN);
        render(ctx, 403, session, "Your account may not do this", refused.explanation(),
                canReadAdmin ? NextPath.HOME : null, "Back to the articles");
    }

    void tooManyAttempts(Context ctx, long retryAfterSeconds) {
        ctx.header(Header.RETRY_AFTER, Long.toString(retryAfterSeconds));
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        render(ctx, 429, null, "Too many failed logins",
                "To protect the accounts, logging in is paused for this username or network after many wrong "
                        + "passwords. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."),
                null, null);
    }

    private void render(Context ctx, int status, AdminSession session, String heading, String message,
                        String linkPath, String linkText) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.adminPage(heading));
        model.put("adminArea", true);
        model.put("heading", heading);
        model.put("message", message);
        model.put("linkPath", linkPath);
        model.put("linkText", linkText);
        if (session != null) {
            model.put("admin", session);
        }
        views.answer(ctx.status(status), "account/refused", model);
    }
}
