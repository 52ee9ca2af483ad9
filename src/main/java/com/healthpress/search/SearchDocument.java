package com.healthpress.search;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import java.util.stream.Collectors;

/** What readers search in one article: its title, its lead and its FAQ questions (one per line). */
public record SearchDocument(long articleId, String title, String lead, String questions) {

    public static SearchDocument of(Article article) {
        return new SearchDocument(article.id(), article.title(), article.lead(),
                article.faq().stream().map(FaqItem::question).collect(Collectors.joining("\n")));
    }
}
