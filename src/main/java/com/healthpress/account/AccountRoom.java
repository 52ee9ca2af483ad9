package com.healthpress.account;

import com.healthpress.config.Config;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The account room's parts for the composition root, each made once: the admin gate, the login, setup and invitation
 * pages, the accounts page, and the setup link announced at start.
 */
public record AccountRoom(AdminAuth auth, LoginPages login, AccountPages accounts, SetupLink setupLink) {

    /** The services both the gate and the pages use, shared rather than made twice. */
    record Parts(AccountService accounts, SessionStore sessions, Logins logins, AdminCookies cookies,
                 RefusalPages refusals, LoginFormTokens loginTokens, SetupLink setupLink, Invitations invitations) {
    }

    public static AccountRoom create(Jdbi jdbi, Config config, Clock clock, Views views, SeoPages seo) {
        AccountService accounts = new AccountService(jdbi, clock);
        Parts parts = new Parts(accounts, new SessionStore(jdbi, clock),
                new Logins(accounts, new LoginThrottle(jdbi, clock)), new AdminCookies(config),
                new RefusalPages(views, seo), new LoginFormTokens(jdbi, clock), new SetupLink(jdbi, config, clock),
                new Invitations(jdbi, config, clock, accounts));
        return new AccountRoom(new AdminAuth(parts.sessions(), parts.cookies(), parts.refusals(), parts.loginTokens()),
                new LoginPages(parts, views, seo), new AccountPages(accounts, parts.invitations(), views, seo, clock),
                parts.setupLink());
    }

    /** The registrar of admin routes, each declared with the access it needs and checked by this room's gate. */
    public AdminRoutes routes(RoutesConfig routes) {
        return new AdminRoutes(routes, auth);
    }
}
