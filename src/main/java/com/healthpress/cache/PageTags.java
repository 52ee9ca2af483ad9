package com.healthpress.cache;

import com.healthpress.changes.ArticleChanges;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Handlers of cached pages say here which data their page shows; a page that says nothing is a listing. A page
 * that declares no tags shows no stored data and stays until it is pushed out of the cache.
 */
public final class PageTags {

    private static final String ATTRIBUTE = "healthpress.pageTags";

    private PageTags() {
    }

    public static void declare(Context ctx, Set<String> tags) {
        ctx.attribute(ATTRIBUTE, Set.copyOf(tags));
    }

    static Set<String> of(Context ctx) {
        Set<String> tags = ctx.attribute(ATTRIBUTE);
        return tags == null ? Set.of(ArticleChanges.LISTINGS) : tags;
    }
}
