package com.healthpress.page;

/** A page is on the site once published; a draft is seen only in the admin. */
public enum PageStatus {
    DRAFT,
    PUBLISHED
}
