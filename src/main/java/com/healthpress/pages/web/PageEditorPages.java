package com.healthpress.pages.web;

import com.healthpress.account.AdminView;
import com.healthpress.page.Page;
import com.healthpress.page.PageKind;
import com.healthpress.page.PageStatus;
import com.healthpress.pages.PageForm;
import com.healthpress.pages.PageSave;
import com.healthpress.pages.PageService;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admin's simple pages: the list, the editor (new and existing), the history and restoring a version. */
public final class PageEditorPages {

    private static final Map<String, String> NOTICES = Map.of(
            "created", "Page created.",
            "saved", "Saved.",
            "restored", "The earlier version is restored; it is saved as the newest version.");
    private static final String CONFLICT = "conflict";

    private final PageService pages;
    private final AdminView view;

    public PageEditorPages(PageService pages, SeoPages seo, Views views) {
        this.pages = pages;
        this.view = new AdminView(seo, views, NOTICES);
    }

    public void listPages(Context ctx) {
        view.render(ctx, "pages/list", "Pages", Map.of("pages", pages.list()));
    }

    public void showNewPage(Context ctx) {
        showEditor(ctx, PageForm.blank(), null, Map.of(), null);
    }

    public void showPageEditor(Context ctx) {
        Page page = stored(ctx);
        showEditor(ctx, PageForm.of(page), page, Map.of(), null);
    }

    public void createPage(Context ctx) {
        PageForm form = PageForm.read(ctx.formParamMap());
        PageForm.Result result = form.validate();
        if (!result.isValid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, null, result.errors(), null);
            return;
        }
        PageSave outcome = pages.create(result.content(), AdminView.username(ctx));
        if (outcome instanceof PageSave.Saved saved) {
            ctx.redirect("/admin/pages/" + saved.page().id() + "?notice=created", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, null, slugTaken(), null);
        }
    }

    public void savePage(Context ctx) {
        Page stored = stored(ctx);
        PageForm form = PageForm.read(ctx.formParamMap());
        PageForm.Result result = form.validate();
        if (!result.isValid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, result.errors(), null);
            return;
        }
        PageSave outcome = pages.update(stored.id(), form.versionNumber(), result.content(), AdminView.username(ctx),
                form.summaryOrDefault());
        if (outcome instanceof PageSave.Saved saved) {
            ctx.redirect("/admin/pages/" + saved.page().id() + "?notice=saved", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof PageSave.Conflict conflict) {
            ctx.status(HttpStatus.CONFLICT);
            showEditor(ctx, form.withVersion(conflict.current().version()), conflict.current(), Map.of(),
                    conflict.current());
        } else if (outcome instanceof PageSave.SlugTaken) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, slugTaken(), null);
        } else {
            throw new NotFoundResponse();
        }
    }

    public void showPageHistory(Context ctx) {
        Page page = stored(ctx);
        showHistory(ctx, page, null);
    }

    /** Restores a version if the page is still at the version the history showed as current (a hidden field). */
    public void restorePageVersion(Context ctx) {
        Page page = stored(ctx);
        int version = PathParams.version(ctx);
        int expected = PathParams.version(ctx.formParam("currentVersion"));
        PageSave outcome = pages.restore(page.id(), version, expected, AdminView.username(ctx));
        if (outcome instanceof PageSave.Saved) {
            ctx.redirect("/admin/pages/" + page.id() + "?notice=restored", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof PageSave.Conflict conflict) {
            ctx.status(HttpStatus.CONFLICT);
            showHistory(ctx, conflict.current(), CONFLICT);
        } else if (outcome instanceof PageSave.SlugTaken taken) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showHistory(ctx, page, "That version's address, /pages/" + taken.slug()
                    + ", now belongs to another page: change one of them first.");
        } else {
            throw new NotFoundResponse();
        }
    }

    private void showHistory(Context ctx, Page page, String error) {
        String message = CONFLICT.equals(error)
                ? "Someone saved this page since you opened its history, so nothing was restored. The list below is "
                        + "up to date: choose again."
                : error;
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("revisions", pages.history(page.id()));
        model.put("error", message);
        view.render(ctx, "pages/history", "History: " + page.title(), model);
    }

    private void showEditor(Context ctx, PageForm form, Page stored, Map<String, String> errors, Page theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("stored", stored);
        model.put("errors", errors);
        model.put("conflict", theirs);
        model.put("kinds", List.of(PageKind.values()));
        model.put("statuses", List.of(PageStatus.values()));
        model.put("titleMax", PageForm.TITLE_MAX);
        model.put("slugMax", PageForm.SLUG_MAX);
        model.put("bodyMax", PageForm.BODY_MAX);
        model.put("summaryMax", PageForm.SUMMARY_MAX);
        view.render(ctx, "pages/edit", stored == null ? "New page" : "Edit: " + stored.title(), model);
    }

    private Page stored(Context ctx) {
        long id = PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        return pages.find(id).orElseThrow(NotFoundResponse::new);
    }

    private static Map<String, String> slugTaken() {
        return Map.of("slug", "Another page already uses this address; choose a different slug.");
    }
}
