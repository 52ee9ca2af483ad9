package com.healthpress.article;

/**
 * Who wrote an article: a person or organisation record (personId, slug and credentials from the record), or, until
 * the service links one (personId 0), only the name and kind a document or an old revision gave, with an optional
 * profile URL that becomes a {@code sameAs} link of the record made for it.
 */
public record Author(long personId, String slug, String name, Kind kind, String credentials, String url) {

    /** Where profile pages live: {@code /people/{slug}}. */
    public static final String PROFILES = "/people/";

    public enum Kind { Person, Organization }

    /** A name not yet linked to a record. */
    public Author(String name, Kind kind, String url) {
        this(0, null, name, kind, null, url);
    }

    public static Author organization(String name) {
        return new Author(name, Kind.Organization, null);
    }

    public static Author person(String name) {
        return new Author(name, Kind.Person, null);
    }

    /** The byline of a stored record. */
    public static Author linked(long personId, String slug, String name, Kind kind, String credentials) {
        return new Author(personId, slug, name, kind, credentials, null);
    }

    public static String profilePath(String slug) {
        return PROFILES + slug;
    }

    /** True once the author is a stored record with a profile page. */
    public boolean isLinked() {
        return personId > 0 && slug != null;
    }

    /** The profile page's path; null before the author is linked to a record. */
    public String profilePath() {
        return isLinked() ? profilePath(slug) : null;
    }

    /** "Dr Jane Roe, MD" — the name with credentials when there are any. */
    public String nameWithCredentials() {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }

    /** Whether the profile URL is an absolute http(s) URL, the only kind pages and structured data link to. */
    public boolean hasUrl() {
        return SafeUrls.isHttp(url);
    }
}
