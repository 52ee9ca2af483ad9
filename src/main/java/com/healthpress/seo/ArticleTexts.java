package com.healthpress.seo;

import com.healthpress.article.Article;

/** What crawlers are told an article is called and about: the same words in the head and in the JSON-LD. */
final class ArticleTexts {

    static final int DESCRIPTION_MAX = 160;

    private ArticleTexts() {
    }

    static String title(Article article) {
        return isBlank(article.metaTitle()) ? article.title() : article.metaTitle();
    }

    static String description(Article article) {
        String text = isBlank(article.metaDescription()) ? article.lead() : article.metaDescription();
        return Truncation.atWordBoundary(text, DESCRIPTION_MAX);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
