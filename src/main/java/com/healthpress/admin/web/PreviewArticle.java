package com.healthpress.admin.web;

import com.healthpress.admin.ArticleForm;
import com.healthpress.admin.ArticleFormValidator;
import com.healthpress.article.Article;
import java.time.Instant;

/** The article a preview shows: the form as typed, valid or not, on top of what is stored. */
final class PreviewArticle {

    private PreviewArticle() {
    }

    static Article from(ArticleForm form, Article stored, Instant now) {
        ArticleFormValidator.Result result = new ArticleFormValidator().validate(form, stored, now);
        if (result.isValid()) {
            return withDates(result.article(), now);
        }
        // Show what can be shown: a preview must work for half-written drafts too.
        Article.Builder article = stored == null ? Article.builder() : stored.toBuilder();
        return withDates(article
                .title(form.title().isBlank() ? "(untitled)" : form.title().strip())
                .slug(form.slug().isBlank() ? "preview" : form.slug().strip())
                .metaTitle(form.metaTitle().strip())
                .metaDescription(form.metaDescription().strip())
                .focusKeyword(form.focusKeyword().strip())
                .lead(form.lead().strip())
                .body(form.body())
                .topic(ArticleForm.blankToNull(form.topic()))
                .faq(form.filledFaq())
                .references(form.filledReferences())
                .build(), now);
    }

    private static Article withDates(Article article, Instant now) {
        return article.toBuilder()
                .publishedAt(article.publishedAt() == null ? now : article.publishedAt())
                .updatedAt(now)
                .createdAt(article.createdAt() == null ? now : article.createdAt())
                .build();
    }
}
