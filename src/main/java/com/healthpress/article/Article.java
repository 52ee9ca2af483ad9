package com.healthpress.article;

import com.healthpress.faq.FaqItem;
import java.time.Instant;
import java.util.List;

/**
 * A stored health article with its FAQ. The body is Markdown whose level-two headings are the sections;
 * review, topic and publishedAt may be null.
 */
public record Article(
        long id,
        String slug,
        String title,
        String metaTitle,
        String metaDescription,
        String focusKeyword,
        String lead,
        String body,
        Author author,
        MedicalReview review,
        String topic,
        ArticleStatus status,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<FaqItem> faq) {

    public Article {
        faq = List.copyOf(faq);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public boolean hasReview() {
        return review != null;
    }

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    public String topicSlug() {
        return hasTopic() ? Slugs.of(topic) : null;
    }

    public boolean hasFaq() {
        return !faq.isEmpty();
    }

    public Article withFaq(List<FaqItem> items) {
        return new Article(id, slug, title, metaTitle, metaDescription, focusKeyword, lead, body, author, review,
                topic, status, publishedAt, createdAt, updatedAt, version, items);
    }
}
