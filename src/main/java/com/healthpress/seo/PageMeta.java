package com.healthpress.seo;

import java.util.List;

/**
 * Everything the layout puts in a page's head for crawlers: title, description, canonical URL, robots rule,
 * Open Graph type and image, the breadcrumb trail and the page's JSON-LD, already escaped for a script element.
 */
public record PageMeta(
        String title,
        String description,
        String canonicalUrl,
        boolean indexable,
        String openGraphType,
        String imageUrl,
        List<Breadcrumb> breadcrumbs,
        String jsonLd) {

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    public String robots() {
        return indexable ? "index, follow, max-image-preview:large" : "noindex, nofollow";
    }

    public boolean hasImage() {
        return imageUrl != null && !imageUrl.isBlank();
    }

    public boolean hasJsonLd() {
        return jsonLd != null && !jsonLd.isBlank();
    }
}
