package com.healthpress.redirects;

/**
 * The tables of old addresses, one per kind of public page whose slug can change: each old slug names the row that
 * lives at a new address now, and answers with a 301 to it.
 */
public enum OldSlugs {
    ARTICLE("slug_redirect", "article_id"),
    PERSON("person_slug_redirect", "person_id"),
    PAGE("page_slug_redirect", "page_id");

    private final String table;
    private final String ownerColumn;

    OldSlugs(String table, String ownerColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** From the code only, never from input: the names go into SQL. */
    String table() {
        return table;
    }

    String ownerColumn() {
        return ownerColumn;
    }
}
