package com.healthpress.access;

/** What an admin route or act asks of an account; each {@link Role} grants some of them. */
public enum Permission {
    VIEW_ADMIN("read the admin: the article list, an article's form, preview and history"),
    EDIT_DRAFT("create and edit drafts"),
    PUBLISH("publish, schedule or unpublish articles, change published ones, restore their revisions and use the "
            + "trash"),
    IMPORT("import article documents"),
    MANAGE_PEOPLE("manage the records of authors and reviewers"),
    MANAGE_ACCOUNTS("manage accounts: invite, change roles, disable"),
    MANAGE_SETTINGS("change the site's settings"),
    REVIEW("review articles medically");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** What the permission lets an account do, to finish "This needs the permission to …". */
    public String description() {
        return description;
    }

    /**
     * What saving an article asks: a draft kept a draft needs {@link #EDIT_DRAFT}; anything readers see or will see,
     * before or after the save (published, also scheduled), needs {@link #PUBLISH}.
     */
    public static Permission toSave(boolean wasPublic, boolean willBePublic) {
        return wasPublic || willBePublic ? PUBLISH : EDIT_DRAFT;
    }
}
