package com.healthpress.page;

/** A published page as a link: its id, title and public path. */
public record PageLink(long id, String title, String slug) {

    public String path() {
        return Page.pathOf(slug);
    }
}
