package com.healthpress.pages;

import com.healthpress.page.Page;

/** What became of a page's save or restore. */
public sealed interface PageSave {

    record Saved(Page page) implements PageSave {
    }

    /** Someone saved the page since the version the editor started from: nothing was written. */
    record Conflict(Page current) implements PageSave {
    }

    record SlugTaken(String slug) implements PageSave {
    }

    /** No such page, or no such revision of it. */
    record Missing() implements PageSave {
    }
}
