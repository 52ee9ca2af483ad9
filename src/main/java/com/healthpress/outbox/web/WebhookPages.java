package com.healthpress.outbox.web;

import com.healthpress.account.AdminView;
import com.healthpress.outbox.EventKind;
import com.healthpress.outbox.WebhookEndpoint;
import com.healthpress.outbox.WebhookEndpoints;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's webhooks: endpoints (URL, events, secret shown once), and each one's delivery log with redelivery. */
public final class WebhookPages {

    private static final Map<String, String> NOTICES = Map.of(
            "deleted", "The endpoint is deleted: nothing more is sent to it.",
            "redelivered", "The delivery is sent again within a few seconds.");

    private final WebhookEndpoints endpoints;
    private final AdminView view;

    public WebhookPages(WebhookEndpoints endpoints, SeoPages seo, Views views) {
        this.endpoints = endpoints;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void listEndpoints(Context ctx) {
        showList(ctx, null, Map.of(), Map.of());
    }

    public void createEndpoint(Context ctx) {
        String url = ctx.formParam("url");
        String description = ctx.formParam("description");
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String name : ctx.formParams("events")) {
            EventKind.named(name).ifPresent(kinds::add);
        }
        Map<String, String> problems = endpoints.problems(url, kinds, description);
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showList(ctx, null, problems, Map.of("url", url == null ? "" : url, "description",
                    description == null ? "" : description, "events", String.join(" ", ctx.formParams("events"))));
            return;
        }
        WebhookEndpoint created = endpoints.create(url, kinds, description, AdminView.username(ctx));
        ctx.header("Cache-Control", "no-store"); // the secret is in this answer only
        showList(ctx, created, Map.of(), Map.of());
    }

    public void deleteEndpoint(Context ctx) {
        endpoints.delete(id(ctx));
        ctx.redirect("/admin/webhooks?notice=deleted", HttpStatus.SEE_OTHER);
    }

    public void showDeliveries(Context ctx) {
        WebhookEndpoint endpoint = endpoints.find(id(ctx)).orElseThrow(NotFoundResponse::new);
        view.render(ctx, "outbox/deliveries", "Deliveries to " + endpoint.url(), Map.of("endpoint", endpoint,
                "deliveries", endpoints.deliveries(endpoint.id())));
    }

    public void redeliver(Context ctx) {
        long endpointId = id(ctx);
        long deliveryId = ctx.pathParamAsClass("delivery", Long.class).get();
        if (!endpoints.redeliver(endpointId, deliveryId)) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/admin/webhooks/" + endpointId + "?notice=redelivered", HttpStatus.SEE_OTHER);
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private void showList(Context ctx, WebhookEndpoint created, Map<String, String> errors, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("endpoints", endpoints.list());
        model.put("created", created);
        model.put("errors", errors);
        model.put("typed", typed);
        model.put("kinds", List.of(EventKind.values()));
        view.render(ctx, "outbox/webhooks", "Webhooks", model);
    }
}
