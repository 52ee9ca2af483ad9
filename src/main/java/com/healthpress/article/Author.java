package com.healthpress.article;

/**
 * Who wrote an article: a person or an organisation, with an optional profile URL (null when absent). The URL
 * is stored as given; only an http(s) URL is ever used as a link.
 */
public record Author(String name, Kind kind, String url) {

    public enum Kind { Person, Organization }

    public static Author organization(String name) {
        return new Author(name, Kind.Organization, null);
    }

    public static Author person(String name) {
        return new Author(name, Kind.Person, null);
    }

    /** Whether the profile URL is an absolute http(s) URL, the only kind pages and structured data link to. */
    public boolean hasUrl() {
        return SafeUrls.isHttp(url);
    }
}
