package com.healthpress.pages;

import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.page.Page;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which cached pages a change to one page affects. Its own page and the sitemap depend on its content; every page
 * links to the published pages in its footer, and the Organization's JSON-LD on every page names the policy pages by
 * address, so publishing, withdrawing, renaming or moving a published page changes every page.
 */
public final class PageChanges {

    private PageChanges() {
    }

    public static String page(long id) {
        return "page:" + id;
    }

    /** The tags of a write that turned {@code before} (null for a new page) into {@code after}. */
    public static Set<String> between(Page before, Page after) {
        boolean wasPublic = before != null && before.isPublished();
        boolean isPublic = after.isPublished();
        Set<String> tags = new LinkedHashSet<>();
        if (!wasPublic && !isPublic) {
            return tags;
        }
        tags.add(page(after.id()));
        tags.add(ArticleChanges.CRAWLER_FILES);
        if (wasPublic != isPublic || !Objects.equals(before.title(), after.title())
                || !Objects.equals(before.slug(), after.slug())) {
            tags.add(ChangeFeed.EVERYTHING);
        }
        return tags;
    }
}
