package com.healthpress.person;

import com.healthpress.article.Author;
import com.healthpress.article.HeroImage;
import java.time.Instant;
import java.util.List;

/**
 * An author or medical reviewer: a person or an organisation with its public profile. credentials, jobTitle, bio
 * (Markdown), photo, licenceNumber and accountId may be null; sameAs holds https links to other official profiles.
 */
public record Person(
        long id,
        String slug,
        String name,
        Author.Kind kind,
        String credentials,
        String jobTitle,
        String bio,
        HeroImage photo,
        List<String> sameAs,
        String licenceNumber,
        Long accountId,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public Person {
        sameAs = List.copyOf(sameAs);
    }

    /** A new record with only a name and kind; its slug is made from the name when stored. */
    public static Person named(String name, Author.Kind kind) {
        return new Person(0, "", name, kind, null, null, null, null, List.of(), null, null, null, null, 0);
    }

    public boolean isOrganization() {
        return kind == Author.Kind.Organization;
    }

    public boolean hasPhoto() {
        return photo != null;
    }

    public boolean hasCredentials() {
        return credentials != null && !credentials.isBlank();
    }

    public boolean hasBio() {
        return bio != null && !bio.isBlank();
    }

    /** "Dr Jane Roe, MD" — the name with credentials when there are any. */
    public String nameWithCredentials() {
        return hasCredentials() ? name + ", " + credentials : name;
    }

    public String profilePath() {
        return Author.profilePath(slug);
    }

    /** How an article names this record as its author. */
    public Author byline() {
        return Author.linked(id, slug, name, kind, credentials);
    }

    public Person withCredentials(String value) {
        return new Person(id, slug, name, kind, value, jobTitle, bio, photo, sameAs, licenceNumber, accountId,
                createdAt, updatedAt, version);
    }

    public Person withSameAs(List<String> links) {
        return new Person(id, slug, name, kind, credentials, jobTitle, bio, photo, links, licenceNumber, accountId,
                createdAt, updatedAt, version);
    }
}
