package com.healthpress.account;

import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login and logout of admins, the one-time setup page that creates the first account, and the invitation page
 * where an invited account picks its password. Form problems answer 422 with the form again; a refused login (too
 * many failures) 429.
 */
public final class LoginPages {

    static final String WRONG_CREDENTIALS = "Wrong username or password.";
    static final String LOGGED_OUT = "You have logged out.";
    static final String USERNAME_TOO_LONG =
            "A username has at most " + AccountService.USERNAME_MAX_LENGTH + " characters.";
    private static final Logger LOG = LoggerFactory.getLogger(LoginPages.class);

    private final SetupLink setupLink;
    private final AccountService accounts;
    private final SessionStore sessions;
    private final Logins logins;
    private final AdminCookies cookies;
    private final SeoPages seo;
    private final RefusalPages refusals;
    private final Views views;
    private final LoginFormTokens loginTokens;
    private final Invitations invitations;

    LoginPages(AccountRoom.Parts parts, Views views, SeoPages seo) {
        this.setupLink = parts.setupLink();
        this.accounts = parts.accounts();
        this.sessions = parts.sessions();
        this.logins = parts.logins();
        this.cookies = parts.cookies();
        this.seo = seo;
        this.refusals = parts.refusals();
        this.views = views;
        this.loginTokens = parts.loginTokens();
        this.invitations = parts.invitations();
    }

    public void showLogin(Context ctx) {
        String next = NextPath.orHome(ctx.queryParam("next"));
        if (AdminAuth.optional(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        renderLogin(ctx, "", next, Map.of(), ctx.queryParam("logged-out") != null ? LOGGED_OUT : null);
    }

    public void handleLogin(Context ctx) {
        String username = trimmed(ctx.formParam("username"));
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = NextPath.orHome(ctx.formParam("next"));
        Map<String, String> errors = loginProblems(username, password);
        if (!errors.isEmpty()) {
            renderLogin(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), username, next, errors, null);
            return;
        }
        Logins.Outcome outcome = logins.attempt(username, password, ctx.ip());
        if (outcome instanceof Logins.Refused refused) {
            refusals.tooManyAttempts(ctx, refused.retryAfterSeconds());
        } else if (outcome instanceof Logins.Succeeded succeeded) {
            logIn(ctx, succeeded.account());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else {
            renderLogin(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), username, next,
                    Map.of("password", WRONG_CREDENTIALS), null);
        }
    }

    public void handleLogout(Context ctx) {
        sessions.end(cookies.session(ctx));
        cookies.clearSession(ctx);
        ctx.redirect("/admin/login?logged-out", HttpStatus.SEE_OTHER);
    }

    public void showSetup(Context ctx) {
        String token = ctx.pathParam("token");
        if (!setupLink.isUsable(token)) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        renderSetup(ctx, token, "", Map.of());
    }

    public void handleSetup(Context ctx) {
        String token = ctx.pathParam("token");
        if (!setupLink.isUsable(token)) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        String username = trimmed(ctx.formParam("username"));
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Map<String, String> errors = new LinkedHashMap<>();
        AccountService.usernameProblem(username).ifPresent(problem -> errors.put("username", problem));
        Passwords.problem(password).ifPresent(problem -> errors.put("password", problem));
        if (!password.equals(ctx.formParam("confirmation"))) {
            errors.put("confirmation", "The two passwords are not the same.");
        }
        if (!errors.isEmpty()) {
            renderSetup(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), token, username, errors);
            return;
        }
        Optional<Account> account = accounts.createFirst(Tokens.sha256Hex(token), username, password);
        if (account.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        LOG.info("first admin {} created through the setup link from {}", account.get().username(), ctx.ip());
        logIn(ctx, account.get());
        ctx.redirect(NextPath.HOME, HttpStatus.SEE_OTHER);
    }

    /** The page where an invited account picks its password; 404 once the link does not work. */
    public void showInvite(Context ctx) {
        Account invitee = invitations.invitee(ctx.pathParam("token")).orElse(null);
        if (invitee == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        renderInvite(ctx, invitee, Map.of());
    }

    public void handleInvite(Context ctx) {
        String token = ctx.pathParam("token");
        Account invitee = invitations.invitee(token).orElse(null);
        if (invitee == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Map<String, String> errors = new LinkedHashMap<>();
        Passwords.problem(password).ifPresent(problem -> errors.put("password", problem));
        if (!password.equals(ctx.formParam("confirmation"))) {
            errors.put("confirmation", "The two passwords are not the same.");
        }
        if (!errors.isEmpty()) {
            renderInvite(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), invitee, errors);
            return;
        }
        Optional<Account> account = invitations.accept(token, password);
        if (account.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        LOG.info("invited account {} picked its password from {}", account.get().username(), ctx.ip());
        logIn(ctx, account.get());
        ctx.redirect(NextPath.HOME, HttpStatus.SEE_OTHER);
    }

    /**
     * Empty fields, and values no account can have: refused before the throttle counts them, the database is asked
     * or a password is hashed.
     */
    private static Map<String, String> loginProblems(String username, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty()) {
            errors.put("username", "Enter your username.");
        } else if (username.length() > AccountService.USERNAME_MAX_LENGTH) {
            errors.put("username", USERNAME_TOO_LONG);
        }
        if (password.isEmpty()) {
            errors.put("password", "Enter your password.");
        } else if (Passwords.isTooLong(password)) {
            errors.put("password", Passwords.TOO_LONG);
        }
        return errors;
    }

    /** A new session, never the one the browser came with, so that a planted session id is worth nothing. */
    private void logIn(Context ctx, Account account) {
        sessions.end(cookies.session(ctx));
        cookies.setSession(ctx, sessions.start(account).cookieValue());
    }

    private void renderLogin(Context ctx, String username, String next, Map<String, String> errors, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.adminPage("Log in"));
        model.put("adminArea", true);
        model.put("username", username);
        model.put("next", next);
        model.put("loginCsrf", loginTokens.tokenFor(cookies.loginCookie(ctx)));
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("usernameMaxLength", AccountService.USERNAME_MAX_LENGTH);
        model.put("passwordMaxLength", Passwords.MAX_LENGTH);
        views.answer(ctx, "account/login", model);
    }

    private void renderSetup(Context ctx, String token, String username, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.adminPage("Create the first admin"));
        model.put("adminArea", true);
        model.put("action", SetupLink.PATH + token);
        model.put("username", username);
        model.put("passwordMinLength", Passwords.MIN_LENGTH);
        model.put("loginCsrf", loginTokens.tokenFor(cookies.loginCookie(ctx)));
        model.put("errors", errors);
        model.put("usernameMinLength", AccountService.USERNAME_MIN_LENGTH);
        model.put("usernameMaxLength", AccountService.USERNAME_MAX_LENGTH);
        model.put("passwordMaxLength", Passwords.MAX_LENGTH);
        views.answer(ctx, "account/setup", model);
    }

    private void renderInvite(Context ctx, Account invitee, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.adminPage("Pick your password"));
        model.put("adminArea", true);
        model.put("action", Invitations.PATH + ctx.pathParam("token"));
        model.put("invitee", invitee);
        model.put("passwordMinLength", Passwords.MIN_LENGTH);
        model.put("passwordMaxLength", Passwords.MAX_LENGTH);
        model.put("loginCsrf", loginTokens.tokenFor(cookies.loginCookie(ctx)));
        model.put("errors", errors);
        views.answer(ctx, "account/invite", model);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
