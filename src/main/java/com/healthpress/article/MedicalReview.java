package com.healthpress.article;

import java.time.LocalDate;

/**
 * The clinician who checked an article's medical content, and when (lastReviewed may be null). reviewerId and
 * reviewerSlug name the person record; 0 and null until the service links the name to one.
 */
public record MedicalReview(long reviewerId, String reviewerSlug, String reviewerName, String credentials,
                            LocalDate lastReviewed) {

    /** A reviewer named by text only, linked to a record when the article is saved. */
    public MedicalReview(String reviewerName, String credentials, LocalDate lastReviewed) {
        this(0, null, reviewerName, credentials, lastReviewed);
    }

    public boolean isLinked() {
        return reviewerId > 0 && reviewerSlug != null;
    }

    /** The reviewer's profile page; null before the reviewer is linked to a record. */
    public String profilePath() {
        return isLinked() ? Author.profilePath(reviewerSlug) : null;
    }

    /** The reviewer as a byline: a person, with credentials. */
    public Author reviewer() {
        return new Author(reviewerId, reviewerSlug, reviewerName, Author.Kind.Person, credentials, null);
    }

    /** "Dr Jane Roe, MD" — the name with credentials when there are any. */
    public String reviewerWithCredentials() {
        return credentials == null || credentials.isBlank() ? reviewerName : reviewerName + ", " + credentials;
    }
}
