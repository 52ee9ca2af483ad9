package com.healthpress.importer;

import com.healthpress.article.ArticleService;
import java.time.Clock;

/** Turns an article document into a stored article with its FAQ, in one transaction. */
public final class ArticleImporter {

    private final ArticleService articles;
    private final Clock clock;

    public ArticleImporter(ArticleService articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }
}
