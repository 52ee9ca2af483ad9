package com.healthpress.web;

import com.healthpress.article.ArticleService;
import com.healthpress.seo.SeoPages;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pages for requests that went wrong: a helpful 404 and a plain 500 that shares an error id with the log. */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final int SUGGESTIONS = 5;

    private final ArticleService articles;
    private final SeoPages seo;
    private final Views views;

    public ErrorPages(ArticleService articles, SeoPages seo, Views views) {
        this.articles = articles;
        this.seo = seo;
        this.views = views;
    }

    public void notFound(Context ctx) {
        ctx.html(views.render("error/not-found", Map.of(
                "meta", seo.notFound(),
                "latest", articles.latest(1, SUGGESTIONS).items())));
    }

    public void serverError(Exception exception, Context ctx) {
        if (exception instanceof HttpResponseException response) {
            ctx.status(response.getStatus());
            ctx.result(response.getMessage());
            return;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), exception);
        ctx.status(500);
        ctx.html(views.render("error/server-error", Map.of("meta", seo.serverError(), "errorId", errorId)));
    }
}
