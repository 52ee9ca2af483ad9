package com.healthpress.redirects.web;

import com.healthpress.account.AdminView;
import com.healthpress.redirects.RedirectAddresses;
import com.healthpress.redirects.RedirectForm;
import com.healthpress.redirects.RedirectSave;
import com.healthpress.redirects.RedirectService;
import com.healthpress.redirects.RedirectStatus;
import com.healthpress.redirects.StoredRedirect;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admin's redirects: the list with the old addresses beside it, a new redirect, editing and deleting one. */
public final class RedirectPages {

    private static final String LIST = "/admin/redirects";
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Redirect saved. It works at once, on every instance.",
            "collapsed", "Redirect saved. Its target redirects too, so it leads straight to the end of that chain.",
            "moved-on", "Redirect saved. The redirects that led to its address now lead straight to its target.",
            "collapsed-moved-on", "Redirect saved, straight to the end of the chain its target started; the "
                    + "redirects that led to its address lead there too.",
            "deleted", "Redirect deleted.",
            "missing", "That redirect was deleted already.",
            "imported", "The file is imported. Its redirects work at once, on every instance.");

    private final RedirectService redirects;
    private final AdminView view;

    public RedirectPages(RedirectService redirects, SeoPages seo, Views views) {
        this.redirects = redirects;
        this.view = new AdminView(seo, views, NOTICES);
    }

    /** The list; {@code ?from=} fills the new redirect's address (the 404 log's "create redirect"). */
    public void listRedirects(Context ctx) {
        showList(ctx, RedirectForm.forAddress(ctx.queryParam("from")), Map.of());
    }

    public void createRedirect(Context ctx) {
        RedirectForm form = RedirectForm.read(ctx.formParamMap());
        RedirectSave outcome = redirects.save(null, form, AdminView.username(ctx));
        if (outcome instanceof RedirectSave.Saved saved) {
            String back = NotFoundPages.BACK.equals(ctx.formParam("back")) ? NotFoundPages.LOG + "?notice=redirected"
                    : LIST + "?notice=" + notice(saved);
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showList(ctx, form, errors(outcome));
        }
    }

    public void showRedirect(Context ctx) {
        StoredRedirect stored = stored(ctx);
        showEditor(ctx, RedirectForm.of(stored), stored, Map.of());
    }

    public void saveRedirect(Context ctx) {
        StoredRedirect stored = stored(ctx);
        RedirectForm form = RedirectForm.read(ctx.formParamMap());
        RedirectSave outcome = redirects.save(stored.id(), form, AdminView.username(ctx));
        if (outcome instanceof RedirectSave.Saved saved) {
            ctx.redirect(LIST + "?notice=" + notice(saved), HttpStatus.SEE_OTHER);
        } else if (outcome instanceof RedirectSave.Refused) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEditor(ctx, form, stored, errors(outcome));
        } else {
            throw new NotFoundResponse();
        }
    }

    public void deleteRedirect(Context ctx) {
        long id = PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        boolean deleted = redirects.delete(id, AdminView.username(ctx));
        ctx.redirect(LIST + "?notice=" + (deleted ? "deleted" : "missing"), HttpStatus.SEE_OTHER);
    }

    private void showList(Context ctx, RedirectForm form, Map<String, String> errors) {
        String search = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        Map<String, Object> model = formModel(form, errors);
        model.put("search", search);
        model.put("rows", redirects.list(search, pageNumber(ctx)));
        model.put("oldAddresses", redirects.oldAddresses());
        model.put("back", NotFoundPages.BACK.equals(ctx.formParam("back")) || ctx.queryParam("from") != null
                ? NotFoundPages.BACK : null);
        model.put("imported", importSummary(ctx));
        view.render(ctx, "redirects/list", "Redirects", model);
    }

    private void showEditor(Context ctx, RedirectForm form, StoredRedirect stored, Map<String, String> errors) {
        Map<String, Object> model = formModel(form, errors);
        model.put("stored", stored);
        view.render(ctx, "redirects/edit", "Edit redirect: " + stored.fromPath(), model);
    }

    private static Map<String, Object> formModel(RedirectForm form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("statuses", List.of(RedirectStatus.values()));
        model.put("fromMax", RedirectAddresses.FROM_MAX);
        model.put("toMax", RedirectAddresses.TO_MAX);
        return model;
    }

    private static String notice(RedirectSave.Saved saved) {
        if (saved.collapsed()) {
            return saved.movedOn() > 0 ? "collapsed-moved-on" : "collapsed";
        }
        return saved.movedOn() > 0 ? "moved-on" : "saved";
    }

    /** "12 redirects added, 3 changed.", after an import sent the editor here. */
    private static String importSummary(Context ctx) {
        if (!"imported".equals(ctx.queryParam("notice"))) {
            return null;
        }
        int added = count(ctx.queryParam("added"));
        int updated = count(ctx.queryParam("updated"));
        return added + (added == 1 ? " redirect" : " redirects") + " added, " + updated + " changed.";
    }

    private static int count(String value) {
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : 0;
    }

    private static Map<String, String> errors(RedirectSave outcome) {
        return outcome instanceof RedirectSave.Refused refused ? refused.errors() : Map.of();
    }

    private StoredRedirect stored(Context ctx) {
        long id = PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        return redirects.find(id).orElseThrow(NotFoundResponse::new);
    }

    static int pageNumber(Context ctx) {
        String page = ctx.queryParam("page");
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    }
}
