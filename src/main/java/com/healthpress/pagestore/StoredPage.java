package com.healthpress.pagestore;

/** A fresh row of the page store: which page, and what the index keeps of it. */
record StoredPage(String key, StoredPageIndex.Entry entry) {
}
