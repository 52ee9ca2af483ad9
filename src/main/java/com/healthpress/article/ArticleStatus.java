package com.healthpress.article;

/** Whether readers may see an article. Stored in lower case. */
public enum ArticleStatus {
    DRAFT, PUBLISHED;

    public String storedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ArticleStatus fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }
}
