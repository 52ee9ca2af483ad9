package com.healthpress.account;

import com.healthpress.Config;
import com.healthpress.web.Views;
import io.javalin.http.Context;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The login and logout of admins, and the one-time setup page that creates the first account. (Being built.) */
public final class LoginPages {

    public LoginPages(Jdbi jdbi, Config config, Clock clock, Views views) {
    }

    public void showLogin(Context ctx) {
        ctx.status(501);
    }

    public void handleLogin(Context ctx) {
        ctx.status(501);
    }

    public void handleLogout(Context ctx) {
        ctx.status(501);
    }

    public void showSetup(Context ctx) {
        ctx.status(501);
    }

    public void handleSetup(Context ctx) {
        ctx.status(501);
    }
}
