package com.healthpress.article;

import java.time.LocalDate;

/**
 * A source an article cites: title, and optionally publisher or journal, year of publication, URL and the day the
 * URL was last read (null when absent). Its number in the article is its position in the list, from 1.
 */
public record Reference(String title, String publisher, Integer publishedYear, String url, LocalDate accessedOn) {

    /** Whether the URL is an absolute http(s) URL, the only kind pages and structured data link to. */
    public boolean hasUrl() {
        return SafeUrls.isHttp(url);
    }
}
