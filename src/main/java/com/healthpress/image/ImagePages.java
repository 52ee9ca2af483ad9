package com.healthpress.image;

import com.healthpress.article.ArticleService;
import io.javalin.http.Context;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Serves stored images and takes an article's hero image upload. (Being built.) */
public final class ImagePages {

    public ImagePages(Jdbi jdbi, ArticleService articles, Clock clock) {
    }

    public void serve(Context ctx) {
        ctx.status(404);
    }

    public void upload(Context ctx) {
        ctx.status(501);
    }

    public void remove(Context ctx) {
        ctx.status(501);
    }
}
