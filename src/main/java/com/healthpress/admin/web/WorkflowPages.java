package com.healthpress.admin.web;

import com.healthpress.access.Actor;
import com.healthpress.account.AdminAuth;
import com.healthpress.articles.WorkflowRefused;
import com.healthpress.articles.WorkflowService;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The medical review buttons of the editor: submit for review, approve, request changes, publish. Each act names
 * the version the page showed; a refusal is a short page saying why, with nothing saved.
 */
public final class WorkflowPages {

    private final WorkflowService workflow;
    private final SeoPages seo;
    private final Views views;

    public WorkflowPages(WorkflowService workflow, SeoPages seo, Views views) {
        this.workflow = workflow;
        this.seo = seo;
        this.views = views;
    }

    public void submitForReview(Context ctx) {
        act(ctx, "submitted", (id, version, actor) -> workflow.submit(id, version, actor));
    }

    public void approve(Context ctx) {
        act(ctx, "approved", (id, version, actor) -> workflow.approve(id, version, actor, ctx.formParam("comment")));
    }

    public void requestChanges(Context ctx) {
        act(ctx, "changes-requested", (id, version, actor) ->
                workflow.requestChanges(id, version, actor, ctx.formParam("comment")));
    }

    public void publish(Context ctx) {
        act(ctx, "published", (id, version, actor) -> workflow.publish(id, version, actor));
    }

    private interface Act {
        void run(long articleId, int version, Actor actor);
    }

    private void act(Context ctx, String notice, Act act) {
        long id = PathParams.articleId(ctx);
        int version = PathParams.version(ctx.formParam("version"));
        try {
            act.run(id, version, AdminAuth.current(ctx).actor());
        } catch (WorkflowRefused refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.getCode()) {
                throw new NotFoundResponse();
            }
            refuse(ctx, id, refused);
            return;
        }
        ctx.redirect("/admin/articles/" + id + "?notice=" + notice, HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, long id, WorkflowRefused refused) {
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.adminPage("Not done"));
        model.put("admin", AdminAuth.current(ctx));
        model.put("heading", "Not done");
        model.put("message", refused.getMessage());
        model.put("linkPath", "/admin/articles/" + id);
        model.put("linkText", "Back to the article");
        views.answer(ctx.status(refused.status()), "account/refused", model);
    }
}
