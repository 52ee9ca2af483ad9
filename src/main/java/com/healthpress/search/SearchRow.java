package com.healthpress.search;

import com.healthpress.article.HeroImage;
import java.time.Instant;

/**
 * One ranked match as the database returns it, with the number of public matches (capped, see
 * {@link Search#CANDIDATES}), and the article's hero image (null: none). On PostgreSQL title and lead come from
 * ts_headline with highlight markers.
 */
record SearchRow(long id, String slug, String title, String lead, String topic, Instant publishedAt, long total,
                 HeroImage heroImage) {
}
