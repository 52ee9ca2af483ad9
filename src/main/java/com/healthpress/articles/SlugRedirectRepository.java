package com.healthpress.articles;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The reads of {@code slug_redirect}, the old addresses of published articles (written by OldSlugRepository). */
public interface SlugRedirectRepository {

    /** The current slug of the public article that once lived at {@code oldSlug}. */
    @SqlQuery("SELECT a.slug FROM slug_redirect r JOIN article a ON a.id = r.article_id WHERE r.old_slug = :oldSlug AND "
            + ArticleRepository.PUBLIC)
    Optional<String> findCurrentPublicSlug(@Bind("oldSlug") String oldSlug, @Bind("now") Instant now);
}
