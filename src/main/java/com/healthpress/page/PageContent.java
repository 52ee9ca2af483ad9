package com.healthpress.page;

/** What an editor writes on a page, and what each revision keeps of it. */
public record PageContent(String slug, String title, String body, PageKind kind, PageStatus status) {
}
