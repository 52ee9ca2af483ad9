package com.healthpress.search;

import com.healthpress.article.Slugs;
import java.time.Instant;

/** One search result as readers see it: the article's address, topic and date, its title and a passage, marked. */
public record SearchResult(String slug, String topic, Instant publishedAt, Highlighted title, Highlighted snippet) {

    public boolean hasTopic() {
        return topic != null && !topic.isBlank();
    }

    public String topicSlug() {
        return hasTopic() ? Slugs.of(topic) : null;
    }
}
