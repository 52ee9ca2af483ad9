package com.healthpress.importer;

import com.healthpress.article.ArticleService;

/** Fills an empty database with the demo articles shipped in {@code demo/}, through the importer. */
public final class DemoContent {

    private DemoContent() {
    }

    public static void loadIfEmpty(ArticleService articles, ArticleImporter importer) {
    }
}
