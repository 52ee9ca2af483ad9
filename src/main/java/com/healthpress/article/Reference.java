package com.healthpress.article;

/** A source an article cites: title, and optionally publisher, year of publication and URL (null when absent). */
public record Reference(String title, String publisher, Integer publishedYear, String url) {

    /** Whether the URL is an absolute http(s) URL, the only kind pages and structured data link to. */
    public boolean hasUrl() {
        return com.healthpress.article.SafeUrls.isHttp(url);
    }
}
