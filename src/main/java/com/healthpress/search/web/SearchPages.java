package com.healthpress.search.web;

import com.healthpress.cache.PageTags;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.search.Search;
import com.healthpress.search.SearchQuery;
import com.healthpress.search.SearchResults;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Set;

/**
 * {@code /search?q=…&page=…}: the search form and its results. An empty query shows the form (200), a query over
 * {@value SearchQuery#MAX_LENGTH} characters a friendly refusal (400); a page number that is not a whole number
 * from 1, or past the last page of results, does not exist (404). Result pages are never indexed.
 */
public final class SearchPages {

    static final int PAGE_SIZE = 10;

    private final Search search;
    private final SeoPages seo;
    private final Views views;

    public SearchPages(Search search, SeoPages seo, Views views) {
        this.search = search;
        this.seo = seo;
        this.views = views;
    }

    public void showResults(Context ctx) {
        SearchQuery query = SearchQuery.of(ctx.queryParam("q"));
        int page = pageNumber(ctx.queryParam("page"));
        if (query.isTooLong()) {
            ctx.status(400);
            render(ctx, query, SearchResults.none("", 1, PAGE_SIZE), true);
            return;
        }
        SearchResults results = search.find(query, page, PAGE_SIZE);
        if (page > 1 && results.isEmpty()) {
            throw new NotFoundResponse();
        }
        render(ctx, query, results, false);
    }

    private void render(Context ctx, SearchQuery query, SearchResults results, boolean tooLong) {
        PageTags.declare(ctx, Set.of(ArticleChanges.SEARCH));
        String shown = tooLong ? "" : query.text();
        views.answer(ctx, "search/results", Map.of(
                "meta", seo.search(shown, results.page()),
                "query", shown,
                "tooLong", tooLong,
                "maxLength", SearchQuery.MAX_LENGTH,
                "results", results));
    }

    private static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        if (!page.matches("[1-9][0-9]{0,3}")) {
            throw new NotFoundResponse();
        }
        return Integer.parseInt(page);
    }
}
