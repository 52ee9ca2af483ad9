package com.healthpress.page;

/** How readers reach the publisher: an email address and/or a web address, and what the contact is for. */
public record ContactPoint(String email, String url, String contactType) {

    public static final ContactPoint NONE = new ContactPoint(null, null, null);

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasUrl() {
        return url != null && !url.isBlank();
    }

    /** A contact point exists only with a way to reach it. */
    public boolean isSet() {
        return hasEmail() || hasUrl();
    }
}
