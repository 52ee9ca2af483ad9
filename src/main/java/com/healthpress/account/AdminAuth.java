package com.healthpress.account;

import com.healthpress.access.Access;
import com.healthpress.access.NotPermitted;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards {@code /admin}: every admin page but login, setup and invitation needs a session, every state-changing
 * request a valid CSRF token, and every route the access it was declared with ({@link AdminRoutes}). Both
 * before-handlers run for every request and leave everything outside /admin alone.
 */
public final class AdminAuth {

    /** The header a script may send the CSRF token in instead of the {@value AdminSession#CSRF_FIELD} field. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "adminSession";
    private static final String REFUSED_ATTRIBUTE = "adminRequestRefused";
    private static final Pattern OPEN_WITHOUT_SESSION =
            Pattern.compile("/admin/login/?|/admin/setup/[A-Za-z0-9_-]+/?|/admin/invite/[A-Za-z0-9_-]+/?");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final SessionStore sessions;
    private final AdminCookies cookies;
    private final RefusalPages refusals;
    private final LoginFormTokens loginTokens;

    AdminAuth(SessionStore sessions, AdminCookies cookies, RefusalPages refusals, LoginFormTokens loginTokens) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.refusals = refusals;
        this.loginTokens = loginTokens;
    }

    /** The session of the current admin request; handlers behind {@link #requireSession} can rely on it. */
    public static AdminSession current(Context ctx) {
        AdminSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new UnauthorizedResponse();
        }
        return session;
    }

    /** The session of the current request, if it has a live one (also on the login and setup pages). */
    static Optional<AdminSession> optional(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    /**
     * Before-handler for every request: marks every /admin response as private, unindexed, not to be framed by other
     * sites and not to leak its address to them; finds the session; and sends a request without one to the login
     * page (GET) or refuses it (401) before any handler runs.
     */
    public void requireSession(Context ctx) {
        if (!isAdminPath(ctx.path())) {
            return;
        }
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Referrer-Policy", "same-origin");
        Optional<AdminSession> session = findSession(ctx);
        session.ifPresent(found -> ctx.attribute(SESSION_ATTRIBUTE, found));
        if (session.isPresent() || isOpenWithoutSession(ctx.path())) {
            return;
        }
        if (isRead(ctx)) {
            ctx.redirect("/admin/login?next=" + URLEncoder.encode(requestedPath(ctx), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } else {
            refusals.notLoggedIn(ctx);
        }
        refuse(ctx);
    }

    /**
     * Before-handler for every request: a state-changing /admin request must carry its session's CSRF token, or,
     * on the login and setup forms, the token this site made for the login cookie. Otherwise it is refused (403) unhandled.
     */
    public void checkCsrf(Context ctx) {
        if (!isAdminPath(ctx.path()) || !STATE_CHANGING.contains(ctx.method().name())
                || ctx.attribute(REFUSED_ATTRIBUTE) != null) {
            return;
        }
        String sent = sentToken(ctx);
        Optional<AdminSession> session = optional(ctx);
        if (isOpenWithoutSession(ctx.path())) {
            if (!loginTokens.matches(cookies.sentLoginCookie(ctx), sent)) {
                refusals.staleLoginForm(ctx);
                refuse(ctx);
            }
        } else if (session.isEmpty() || !Tokens.sameSecret(session.get().csrfToken(), sent)) {
            refusals.staleForm(ctx, session.orElse(null));
            refuse(ctx);
        }
    }

    /**
     * Lets the request on to its handler when its route's access allows it; otherwise throws {@link NotPermitted}.
     * Runs after {@link #requireSession}, so a route that needs a session has one here.
     */
    void checkAccess(Context ctx, Access access) {
        if (access.kind() == Access.Kind.PERMISSION) {
            current(ctx).actor().require(access.permission());
        } else if (access.kind() == Access.Kind.SIGNED_IN) {
            current(ctx);
        }
    }

    /** The exception handler for {@link NotPermitted}, from a route's gate or a service's own rule: a 403 page. */
    public void answerNotPermitted(NotPermitted refused, Context ctx) {
        refusals.notPermitted(ctx, optional(ctx).orElse(null), refused);
    }

    private Optional<AdminSession> findSession(Context ctx) {
        String cookie = cookies.session(ctx);
        if (cookie == null) {
            return Optional.empty();
        }
        Optional<AdminSession> session = sessions.find(cookie);
        if (session.isEmpty()) {
            cookies.clearSession(ctx);
        }
        return session;
    }

    private static String sentToken(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        return header != null ? header : ctx.formParam(AdminSession.CSRF_FIELD);
    }

    private void refuse(Context ctx) {
        ctx.attribute(REFUSED_ATTRIBUTE, true);
        ctx.skipRemainingHandlers();
    }

    static boolean isAdminPath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** Exactly the login page and setup links; "/admin/setup/../x" and the like need a session. */
    private static boolean isOpenWithoutSession(String path) {
        return OPEN_WITHOUT_SESSION.matcher(path).matches();
    }

    private static boolean isRead(Context ctx) {
        String method = ctx.method().name();
        return method.equals("GET") || method.equals("HEAD");
    }

    /** The path and query as the browser asked for them, to come back to after logging in. */
    private static String requestedPath(Context ctx) {
        String query = ctx.queryString();
        return ctx.req().getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
