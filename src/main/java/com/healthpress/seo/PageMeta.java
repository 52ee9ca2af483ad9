package com.healthpress.seo;

import com.healthpress.site.Breadcrumb;
import java.util.List;

/**
 * Everything the layout puts in a page's head for crawlers: title, description, canonical URL, robots rule,
 * Open Graph type and image, the breadcrumb trail and the page's JSON-LD, already escaped for a script element.
 * A page kept out of the index may still ask crawlers to follow its links (followLinks), as archive pages do.
 */
public record PageMeta(
        String title,
        String description,
        String canonicalUrl,
        boolean indexable,
        String openGraphType,
        String imageUrl,
        List<Breadcrumb> breadcrumbs,
        String jsonLd,
        boolean followLinks) {

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** Crawlers follow the links of indexable pages only. */
    public PageMeta(String title, String description, String canonicalUrl, boolean indexable, String openGraphType,
                    String imageUrl, List<Breadcrumb> breadcrumbs, String jsonLd) {
        this(title, description, canonicalUrl, indexable, openGraphType, imageUrl, breadcrumbs, jsonLd, indexable);
    }

    public String robots() {
        if (indexable) {
            return "index, follow, max-image-preview:large";
        }
        return followLinks ? "noindex, follow" : "noindex, nofollow";
    }

    public boolean hasImage() {
        return imageUrl != null && !imageUrl.isBlank();
    }

    public boolean hasJsonLd() {
        return jsonLd != null && !jsonLd.isBlank();
    }
}
