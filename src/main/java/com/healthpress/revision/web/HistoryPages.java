package com.healthpress.revision.web;

import com.healthpress.access.Actor;
import com.healthpress.access.Permission;
import com.healthpress.account.AdminAuth;
import com.healthpress.articles.RevisionService;
import com.healthpress.articles.WorkflowService;
import com.healthpress.revision.Comparison;
import com.healthpress.revision.History;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** An article's revision history: the list, what changed between two revisions, and restoring one. */
public final class HistoryPages {

    private final RevisionService revisions;
    private final WorkflowService workflow;
    private final Views views;
    private final SeoPages seo;

    public HistoryPages(RevisionService revisions, WorkflowService workflow, Views views, SeoPages seo) {
        this.revisions = revisions;
        this.workflow = workflow;
        this.views = views;
        this.seo = seo;
    }

    public void showHistory(Context ctx) {
        long id = PathParams.articleId(ctx);
        History history = revisions.history(id).orElseThrow(NotFoundResponse::new);
        Actor actor = AdminAuth.current(ctx).actor();
        // A revision that was public needs PUBLISH too; the service refuses that one with a clear page.
        boolean mayRestore = actor.can(Permission.toSave(history.article().isPublished(), false));
        views.answer(ctx, "revision/history", Map.of(
                "admin", AdminAuth.current(ctx),
                "mayRestore", mayRestore,
                "meta", seo.adminPage("History — " + history.article().title()),
                "history", history,
                "workflow", workflow.status(id),
                "error", errorMessage(ctx, id)));
    }

    public void showComparison(Context ctx) {
        long id = PathParams.articleId(ctx);
        int from = PathParams.version(ctx.queryParam("from"));
        int to = PathParams.version(ctx.queryParam("to"));
        Comparison comparison = revisions.compare(id, from, to).orElseThrow(NotFoundResponse::new);
        views.answer(ctx, "revision/compare", Map.of(
                "admin", AdminAuth.current(ctx),
                "meta", seo.adminPage("Changes — " + comparison.article().title()),
                "comparison", comparison));
    }

    public void restoreRevision(Context ctx) {
        long id = PathParams.articleId(ctx);
        int version = PathParams.version(ctx);
        switch (revisions.restore(id, version, AdminAuth.current(ctx).actor())) {
            case RESTORED -> ctx.redirect("/admin/articles/" + id + "?notice=restored", HttpStatus.SEE_OTHER);
            case SLUG_TAKEN -> ctx.redirect(historyPath(id) + "?error=slug-taken&version=" + version,
                    HttpStatus.SEE_OTHER);
            case CONFLICT -> ctx.redirect(historyPath(id) + "?error=conflict", HttpStatus.SEE_OTHER);
            case NOT_FOUND -> throw new NotFoundResponse();
        }
    }

    /** The message for a restore that came back to the history page; empty when there is none. */
    private String errorMessage(Context ctx, long id) {
        String error = ctx.queryParam("error");
        if ("conflict".equals(error)) {
            return "Nothing was restored: someone saved the article at the same moment. Please try again.";
        }
        if (!"slug-taken".equals(error)) {
            return "";
        }
        String generic = "That version was not restored: its slug now belongs to another article.";
        int version;
        try {
            version = Integer.parseInt(ctx.queryParam("version"));
        } catch (NumberFormatException e) {
            return generic;
        }
        return revisions.snapshot(id, version)
                .map(old -> "Version " + version + " was not restored: its slug “" + old.slug()
                        + "” now belongs to another article. Give that article a different slug first, "
                        + "or copy what you need from version " + version + " in the editor.")
                .orElse(generic);
    }


    private static String historyPath(long id) {
        return "/admin/articles/" + id + "/history";
    }
}
