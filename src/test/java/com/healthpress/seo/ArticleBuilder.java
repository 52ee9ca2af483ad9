package com.healthpress.seo;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.faq.FaqItem;
import java.time.Instant;
import java.util.List;

/** A published article with plain defaults, changed one field at a time for what a test is about. */
final class ArticleBuilder {

    static final Instant PUBLISHED = Instant.parse("2026-03-02T08:15:30.123456Z");
    static final Instant UPDATED = Instant.parse("2026-04-10T17:45:12.987Z");

    private String slug = "managing-back-pain";
    private String title = "Managing back pain at home";
    private String metaTitle = "";
    private String metaDescription = "";
    private String focusKeyword = "";
    private String lead = "Most back pain gets better on its own within a few weeks.";
    private Author author = Author.person("Alex Writer");
    private MedicalReview review;
    private String topic;
    private ArticleStatus status = ArticleStatus.PUBLISHED;
    private Instant publishedAt = PUBLISHED;
    private Instant updatedAt = UPDATED;
    private List<FaqItem> faq = List.of();

    static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    ArticleBuilder slug(String value) {
        slug = value;
        return this;
    }

    ArticleBuilder title(String value) {
        title = value;
        return this;
    }

    ArticleBuilder metaTitle(String value) {
        metaTitle = value;
        return this;
    }

    ArticleBuilder metaDescription(String value) {
        metaDescription = value;
        return this;
    }

    ArticleBuilder focusKeyword(String value) {
        focusKeyword = value;
        return this;
    }

    ArticleBuilder lead(String value) {
        lead = value;
        return this;
    }

    ArticleBuilder author(Author value) {
        author = value;
        return this;
    }

    ArticleBuilder review(MedicalReview value) {
        review = value;
        return this;
    }

    ArticleBuilder topic(String value) {
        topic = value;
        return this;
    }

    ArticleBuilder draft() {
        status = ArticleStatus.DRAFT;
        return this;
    }

    ArticleBuilder publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    ArticleBuilder updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    ArticleBuilder faq(FaqItem... items) {
        faq = List.of(items);
        return this;
    }

    Article build() {
        return new Article(0, slug, title, metaTitle, metaDescription, focusKeyword, lead, "## Overview\n\nBody.",
                author, review, topic, status, publishedAt, publishedAt, updatedAt, 1, faq);
    }
}
