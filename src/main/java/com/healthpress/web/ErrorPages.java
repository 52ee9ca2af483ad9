package com.healthpress.web;

import com.healthpress.article.ArticleService;
import com.healthpress.seo.SeoPages;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
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

    /** Jetty reports malformed or oversized request bodies (such as multipart parts) as BadMessageException. */
    private static Optional<BadMessageException> badMessage(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException bad) {
                return Optional.of(bad);
            }
        }
        return Optional.empty();
    }

    private static boolean tooLarge(BadMessageException bad) {
        if (bad.getCode() == 413) {
            return true;
        }
        for (Throwable cause = bad; cause != null; cause = cause.getCause()) {
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
        Optional<BadMessageException> badRequest = badMessage(exception);
        if (badRequest.isPresent()) {
            int status = tooLarge(badRequest.get()) ? 413 : 400;
            ctx.status(status);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(status == 413 ? "The request is too large." : "The request could not be understood.");
            return;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), exception);
        ctx.status(500);
        ctx.html(views.render("error/server-error", Map.of("meta", seo.serverError(), "errorId", errorId)));
    }
}
