package com.healthpress.web;

import com.healthpress.article.ArticleService;
import com.healthpress.article.PageAt;
import com.healthpress.seo.SeoPages;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
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
        views.answer(ctx, "error/not-found", Map.of(
                "meta", seo.notFound(),
                "latest", articles.latest(PageAt.newest(), SUGGESTIONS).items()));
    }

    /**
     * Jetty reports requests it cannot read (a malformed or oversized body, a chunked body that ends early) as
     * HTTP exceptions with a 4xx code, or as an early end of input: these are the client's errors, not ours.
     */
    private static Optional<Integer> clientErrorStatus(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode() == 400 && mentionsSize(cause) ? 413 : http.getCode());
            }
            if (cause instanceof EofException) {
                return Optional.of(400);
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsSize(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("max") || message.contains("too large") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    public void serverError(Exception exception, Context ctx) {
        if (exception instanceof HttpResponseException response) {
            ctx.status(response.getStatus());
            ctx.result(response.getMessage());
            return;
        }
        Optional<Integer> clientError = clientErrorStatus(exception);
        if (clientError.isPresent()) {
            int status = clientError.get();
            ctx.status(status);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(PlainErrors.textFor(status));
            return;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), exception);
        ctx.status(500);
        views.answer(ctx, "error/server-error", Map.of("meta", seo.serverError(), "errorId", errorId));
    }
}
