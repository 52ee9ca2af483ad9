package com.healthpress.redirects;

import com.healthpress.article.Author;
import com.healthpress.page.Page;

/**
 * The tables of old addresses, one per kind of public page whose slug can change: each old slug names the row that
 * lives at a new address now, and answers with a 301 to it.
 */
public enum OldSlugs {
    ARTICLE("slug_redirect", "article_id", "/articles/", "/admin/articles/", "Article"),
    PERSON("person_slug_redirect", "person_id", Author.PROFILES, "/admin/people/", "Profile"),
    PAGE("page_slug_redirect", "page_id", Page.PATH_PREFIX, "/admin/pages/", "Page");

    private final String table;
    private final String ownerColumn;
    private final String pathPrefix;
    private final String editorPrefix;
    private final String label;

    OldSlugs(String table, String ownerColumn, String pathPrefix, String editorPrefix, String label) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.pathPrefix = pathPrefix;
        this.editorPrefix = editorPrefix;
        this.label = label;
    }

    /** The public address of a slug of this kind. */
    public String path(String slug) {
        return pathPrefix + slug;
    }

    /** The admin page where the owner's address is changed. */
    public String editorPath(long ownerId) {
        return editorPrefix + ownerId;
    }

    public String label() {
        return label;
    }

    /** From the code only, never from input: the names go into SQL. */
    String table() {
        return table;
    }

    String ownerColumn() {
        return ownerColumn;
    }
}
