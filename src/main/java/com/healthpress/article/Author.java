package com.healthpress.article;

/** Who wrote an article: a person or an organisation, with an optional profile URL (null when absent). */
public record Author(String name, Kind kind, String url) {

    public enum Kind { Person, Organization }

    public static Author organization(String name) {
        return new Author(name, Kind.Organization, null);
    }

    public static Author person(String name) {
        return new Author(name, Kind.Person, null);
    }

    public boolean hasUrl() {
        return url != null && !url.isBlank();
    }
}
