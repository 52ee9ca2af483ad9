package com.healthpress.search;

import com.healthpress.article.HeroImage;
import com.healthpress.article.Slugs;
import java.time.Instant;

/**
 * One search result as readers see it: the article's address, topic and date, its title and a passage, marked, and
 * its hero image for the thumbnail (null: none).
 */
public record SearchResult(String slug, String topic, Instant publishedAt, Highlighted title, Highlighted snippet,
                           HeroImage heroImage) {

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    public boolean hasHeroImage() {
        return heroImage != null;
    }

    public String topicSlug() {
        return hasTopic() ? Slugs.of(topic) : null;
    }
}
