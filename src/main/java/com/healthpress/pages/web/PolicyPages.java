package com.healthpress.pages.web;

import com.healthpress.cache.PageTags;
import com.healthpress.markdown.MarkdownRenderer;
import com.healthpress.page.Page;
import com.healthpress.pages.PageChanges;
import com.healthpress.pages.PageService;
import com.healthpress.seo.SeoPages;
import com.healthpress.site.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader's view of a published simple page: {@code /pages/{slug}}. */
public final class PolicyPages {

    private final PageService pages;
    private final SeoPages seo;
    private final MarkdownRenderer markdown;
    private final Views views;

    public PolicyPages(PageService pages, SeoPages seo, MarkdownRenderer markdown, Views views) {
        this.pages = pages;
        this.seo = seo;
        this.markdown = markdown;
        this.views = views;
    }

    /** The page shows its own content; the footer and the Organization change every page, under their own tag. */
    public void showPage(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<Page> found = pages.findPublished(slug);
        if (found.isEmpty()) {
            String current = pages.findRedirect(slug).orElseThrow(NotFoundResponse::new);
            ctx.redirect(Page.PATH_PREFIX + current, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Page page = found.get();
        PageTags.declare(ctx, Set.of(PageChanges.page(page.id())));
        views.answer(ctx, "pages/show", Map.of(
                "meta", seo.page(page, markdown.firstParagraph(page.body())),
                "page", page,
                "body", markdown.render(page.body())));
    }
}
