package com.healthpress.redirects.web;

import com.healthpress.account.AdminView;
import com.healthpress.cache.CachedPages;
import com.healthpress.redirects.NotFoundLog;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.PathParams;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 404 log: counting the requests that reach the not-found page, and the admin's page of them. */
public final class NotFoundPages {

    static final String LOG = "/admin/redirects/not-found";
    /** What the new-redirect form carries when it came from the log, to return there. */
    static final String BACK = "not-found";
    private static final Logger LOGGER = LoggerFactory.getLogger(NotFoundPages.class);
    private static final Map<String, String> NOTICES = Map.of(
            "dismissed", "Removed from the log. It comes back if the address is asked for again.",
            "cleared", "The log is empty.",
            "redirected", "Redirect saved. Its address has left the log.");

    private final NotFoundLog log;
    private final AdminView view;

    public NotFoundPages(NotFoundLog log, SeoPages seo, Views views) {
        this.log = log;
        this.view = new AdminView(seo, views, NOTICES);
    }

    /**
     * The not-found page, counting the request first: a reader's GET or HEAD (not the page store's own renders).
     * Counting is a map update in memory; the admin's paths are not counted (the log leaves them out).
     */
    public Handler countingThen(Handler notFoundPage) {
        return ctx -> {
            HandlerType method = ctx.method();
            if ((method == HandlerType.GET || method == HandlerType.HEAD)
                    && ctx.header(CachedPages.RENDER_HEADER) == null) {
                log.record(ctx.path(), ctx.header("Referer"));
            }
            notFoundPage.handle(ctx);
        };
    }

    /** The log, with this instance's latest counts written first (the other instances' are at most seconds old). */
    public void showLog(Context ctx) {
        try {
            log.write();
        } catch (RuntimeException e) {
            LOGGER.warn("could not write the 404 log before showing it: {}", e.getMessage());
        }
        view.render(ctx, "redirects/not-found", "404 log", Map.of(
                "entries", log.mostSeen(RedirectPages.pageNumber(ctx)),
                "maxRows", NotFoundLog.MAX_ROWS,
                "writeEverySeconds", NotFoundLog.WRITE_EVERY.toSeconds()));
    }

    public void dismiss(Context ctx) {
        long id = PathParams.id(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        log.dismiss(id);
        ctx.redirect(LOG + "?notice=dismissed", HttpStatus.SEE_OTHER);
    }

    public void clear(Context ctx) {
        log.clear();
        ctx.redirect(LOG + "?notice=cleared", HttpStatus.SEE_OTHER);
    }
}
