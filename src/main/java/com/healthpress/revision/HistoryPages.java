package com.healthpress.revision;

import com.healthpress.article.ArticleService;
import com.healthpress.web.Views;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

/** An article's revision history: the list, what changed between two revisions, and restoring one. (Being built.) */
public final class HistoryPages {

    public HistoryPages(Jdbi jdbi, ArticleService articles, Views views) {
    }

    public void showHistory(Context ctx) {
        ctx.status(501);
    }

    public void showComparison(Context ctx) {
        ctx.status(501);
    }

    public void restoreRevision(Context ctx) {
        ctx.status(501);
    }
}
