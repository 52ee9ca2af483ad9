package com.healthpress.site;

import com.healthpress.page.PageLink;
import com.healthpress.page.Publisher;
import java.util.List;

/**
 * The public identity of the site: the origin every absolute URL starts with, and the publisher as its settings say
 * now (name, logo, policies, footer pages), which a settings change replaces as a whole.
 */
public final class Site {

    private final String configuredName;
    private final String baseUrl;
    private volatile Publisher publisher;

    /** {@code configuredName}: the name in force until the stored settings say otherwise (SITE_NAME). */
    public Site(String configuredName, String baseUrl) {
        this.configuredName = configuredName;
        this.baseUrl = baseUrl;
        this.publisher = Publisher.named(configuredName);
    }

    /** The site's name in pages, titles and structured data: the one set in the admin, else the configured one. */
    public String name() {
        return publisher.name();
    }

    public String configuredName() {
        return configuredName;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Publisher publisher() {
        return publisher;
    }

    /** The published pages every public page links to in its footer. */
    public List<PageLink> footerPages() {
        return publisher.footerPages();
    }

    /** Puts the publisher as the settings now say in force, for every page rendered from now on. */
    public void show(Publisher current) {
        this.publisher = current;
    }

    /** The absolute URL of a path on this site ("/articles/x" → "https://example.com/articles/x"). */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    public String homeUrl() {
        return baseUrl + "/";
    }

    /** An article page's absolute address. */
    public String articleUrl(String slug) {
        return url(articlePath(slug));
    }

    public static String articlePath(String slug) {
        return "/articles/" + slug;
    }

    public static String topicPath(String topicSlug) {
        return "/topics/" + topicSlug;
    }
}
