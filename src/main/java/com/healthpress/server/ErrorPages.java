package com.healthpress.server;

import com.healthpress.article.ArticleSummary;
import com.healthpress.article.PageAt;
import com.healthpress.articles.ArticleService;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import com.healthpress.storage.DatabaseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages for requests that went wrong: a helpful 404, a plain 503 while the database cannot be reached, and a plain
 * 500 that shares an error id with the log.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final int SUGGESTIONS = 5;
    /** When to try again after a 503: a restarted database is usually back within this. */
    private static final String RETRY_AFTER_SECONDS = "30";
    /** Fields a refused admin form sends back as they came, unseen; every other field is shown to be kept. */
    private static final Set<String> HIDDEN_FIELDS = Set.of("csrf", "version", "id", "action");
    /** Forms whose fields are never sent back: a password must not travel in a page. */
    private static final Pattern FORMS_NOT_SENT_BACK = Pattern.compile("/admin/(login|setup)(/.*)?");

    private final ArticleService articles;
    private final SeoPages seo;
    private final Views views;

    public ErrorPages(ArticleService articles, SeoPages seo, Views views) {
        this.articles = articles;
        this.seo = seo;
        this.views = views;
    }

    public void notFound(Context ctx) {
        views.answer(ctx, "error/not-found", Map.of("meta", seo.notFound(), "latest", suggestions()));
    }

    /** The latest articles, or none while the database cannot be reached: the page is a 404 all the same. */
    private List<ArticleSummary> suggestions() {
        try {
            return articles.latest(PageAt.newest(), SUGGESTIONS).items();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.explains(e)) {
                return List.of();
            }
            throw e;
        }
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
        if (DatabaseUnavailable.explains(exception)) {
            unavailable(ctx, DatabaseUnavailable.isDiskFull(exception));
            return;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} on {} {}", errorId, ctx.method(), ctx.path(), exception);
        ctx.status(500);
        views.answer(ctx, "error/server-error", Map.of("meta", seo.serverError(), "errorId", errorId));
    }

    /**
     * 503 with Retry-After (507 for a form that could not be saved for want of disk space), logged by the
     * database's health once rather than here per request. An admin form that could not be saved comes back with
     * everything in it, ready to be sent again.
     */
    private void unavailable(Context ctx, boolean diskFull) {
        List<Map.Entry<String, String>> sent = sentFormFields(ctx);
        boolean saveNotWritten = diskFull && !sent.isEmpty();
        ctx.status(saveNotWritten ? 507 : 503);
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>();
        model.put("meta", seo.unavailable());
        model.put("diskFull", saveNotWritten);
        model.put("action", ctx.path());
        model.put("multipart", ctx.isMultipartFormData());
        model.put("hidden", sent.stream().filter(field -> HIDDEN_FIELDS.contains(field.getKey())).toList());
        model.put("typed", sent.stream().filter(field -> !HIDDEN_FIELDS.contains(field.getKey())).toList());
        if (ctx.path().startsWith("/admin")) {
            model.put("adminArea", true);
        }
        views.answer(ctx, "error/unavailable", model);
    }

    /** The text fields of an admin form, in the order sent; none for other requests, for login and for setup. */
    private static List<Map.Entry<String, String>> sentFormFields(Context ctx) {
        if (!ctx.method().name().equals("POST") || !ctx.path().startsWith("/admin/")
                || FORMS_NOT_SENT_BACK.matcher(ctx.path()).matches()) {
            return List.of();
        }
        try {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            ctx.formParamMap().forEach((name, values) -> values.forEach(value -> fields.add(Map.entry(name, value))));
            return fields;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
