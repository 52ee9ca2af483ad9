package com.healthpress.seo.web;

import com.healthpress.site.Site;

/** robots.txt: everything but the admin area may be crawled, and the sitemap is where to start. */
final class RobotsTxt {

    private RobotsTxt() {
    }

    static String render(Site site) {
        return "User-agent: *\n"
                + "Disallow: /admin\n"
                + "\n"
                + "Sitemap: " + site.url(CrawlerFiles.SITEMAP_PATH) + "\n";
    }
}
