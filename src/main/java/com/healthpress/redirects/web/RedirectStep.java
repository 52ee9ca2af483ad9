package com.healthpress.redirects.web;

import com.healthpress.cache.CachedPages;
import com.healthpress.redirects.LiveRedirects;
import com.healthpress.redirects.Redirect;
import com.healthpress.redirects.RedirectStatus;
import com.healthpress.seo.SeoPages;
import com.healthpress.server.Exchange;
import com.healthpress.server.PolicyStep;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The redirects as a step of the response policy, so that they win over every page, whichever way it would be
 * answered (the cache before Javalin, the page store, a render). While there are no redirects a request costs a
 * volatile read; otherwise the lookup of its path in a hash map (a plain path is its own key, with nothing made).
 * A GET or HEAD that a redirect answers is handed to Javalin, which answers it here ({@link #answer}).
 */
public final class RedirectStep implements PolicyStep {

    private final LiveRedirects redirects;
    private final SeoPages seo;
    private final Views views;

    public RedirectStep(LiveRedirects redirects, SeoPages seo, Views views) {
        this.redirects = redirects;
        this.seo = seo;
        this.views = views;
    }

    @Override
    public void before(Exchange exchange) {
        Redirect redirect = redirects.find(exchange.path(), exchange.query());
        if (redirect != null && isRead(exchange.method())) {
            throw new Redirected(redirect, exchange.query());
        }
    }

    /**
     * Answers a redirected request: a 301 or 302 with its Location (a 301 may be kept by browsers and CDNs as long
     * as a page, a minute; a 302 is asked again every time), or the short "page removed" page with 410.
     */
    public void answer(Redirected redirected, Context ctx) {
        Redirect redirect = redirected.redirect();
        if (redirect.isGone()) {
            ctx.status(RedirectStatus.GONE.code());
            ctx.header("Cache-Control", CachedPages.CACHE_CONTROL);
            views.answer(ctx, "redirects/gone", Map.of("meta", seo.gone()));
            return;
        }
        ctx.status(redirect.status().code());
        ctx.header("Location", redirect.locationFor(redirected.query()));
        ctx.header("Cache-Control", redirect.status() == RedirectStatus.MOVED_PERMANENTLY
                ? CachedPages.CACHE_CONTROL : "no-cache");
        ctx.result("");
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** A request a redirect answers, thrown by the step and answered by {@link #answer}. */
    public static final class Redirected extends RuntimeException {

        private final transient Redirect redirect;
        private final String query;

        Redirected(Redirect redirect, String query) {
            super("redirected", null, false, false);
            this.redirect = redirect;
            this.query = query;
        }

        public Redirect redirect() {
            return redirect;
        }

        public String query() {
            return query;
        }
    }
}
