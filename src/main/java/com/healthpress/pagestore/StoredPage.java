package com.healthpress.pagestore;

import java.util.List;

/** A fresh row of the page store: which page, what the index keeps of it, and the tags it is stored with. */
record StoredPage(String key, StoredPageIndex.Entry entry, List<String> tags) {
}
