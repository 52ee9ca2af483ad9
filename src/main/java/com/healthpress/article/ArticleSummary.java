package com.healthpress.article;

import java.time.Instant;

/** What a listing shows of an article: enough for a link, a teaser, a date and its hero's thumbnail (null: none). */
public record ArticleSummary(long id, String slug, String title, String lead, String topic, Instant publishedAt,
                             Instant updatedAt, HeroImage heroImage) {

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    public String topicSlug() {
        return hasTopic() ? Slugs.of(topic) : null;
    }

    public boolean hasHeroImage() {
        return heroImage != null;
    }
}
