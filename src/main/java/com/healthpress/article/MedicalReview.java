package com.healthpress.article;

import java.time.LocalDate;

/** The clinician who checked an article's medical content, and when (lastReviewed may be null). */
public record MedicalReview(String reviewerName, String credentials, LocalDate lastReviewed) {

    /** "Dr Jane Roe, MD" — the name with credentials when there are any. */
    public String reviewerWithCredentials() {
        return credentials == null || credentials.isBlank() ? reviewerName : reviewerName + ", " + credentials;
    }
}
