package com.healthpress.api.web;

import com.healthpress.account.AdminView;
import com.healthpress.api.ApiKeys;
import com.healthpress.api.NewApiKey;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/** The admin's page of Content API keys: the list, a new key (shown once), revoking one. */
public final class ApiKeyPages {

    private static final Map<String, String> NOTICES = Map.of("revoked", "The key is revoked: requests with it are "
            + "refused from now on.");

    private final ApiKeys keys;
    private final AdminView view;

    public ApiKeyPages(ApiKeys keys, SeoPages seo, Views views) {
        this.keys = keys;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void listKeys(Context ctx) {
        show(ctx, null, null, "");
    }

    public void createKey(Context ctx) {
        String name = ctx.formParam("name");
        try {
            NewApiKey created = keys.create(name, AdminView.username(ctx));
            // Shown in this answer only, never in an address (a redirect would put it in history and logs).
            ctx.header("Cache-Control", "no-store");
            show(ctx, created, null, "");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, null, e.getMessage(), name == null ? "" : name);
        }
    }

    public void revokeKey(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        keys.revoke(id, AdminView.username(ctx));
        ctx.redirect("/admin/api-keys?notice=revoked", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, NewApiKey created, String nameError, String typedName) {
        Map<String, Object> model = new HashMap<>();
        model.put("keys", keys.list());
        model.put("created", created);
        model.put("errors", nameError == null ? Map.of() : Map.of("key-name", nameError));
        model.put("typedName", typedName);
        view.render(ctx, "api/keys", "API keys", model);
    }
}
