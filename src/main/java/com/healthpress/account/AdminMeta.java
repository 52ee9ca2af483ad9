package com.healthpress.account;

import com.healthpress.Config;
import com.healthpress.seo.PageMeta;
import java.util.List;

/** The head of an admin page: its title, and a robots rule that keeps it out of search engines. */
final class AdminMeta {

    private final String siteName;
    private final String baseUrl;

    AdminMeta(Config config) {
        this.siteName = config.siteName();
        this.baseUrl = config.baseUrl();
    }

    PageMeta page(String title, String path) {
        return new PageMeta(title + " — " + siteName, "", baseUrl + path, false, "website", null, List.of(), "");
    }
}
