package com.healthpress.articles;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code slug_redirect}: the old addresses of published articles whose slug changed. */
public interface SlugRedirectRepository {

    /** The current slug of the public article that once lived at {@code oldSlug}. */
    @SqlQuery("SELECT a.slug FROM slug_redirect r JOIN article a ON a.id = r.article_id WHERE r.old_slug = :oldSlug AND "
            + ArticleRepository.PUBLIC)
    Optional<String> findCurrentPublicSlug(@Bind("oldSlug") String oldSlug, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM slug_redirect WHERE old_slug = :slug")
    void forget(@Bind("slug") String slug);

    @SqlUpdate("INSERT INTO slug_redirect (old_slug, article_id, created_at) VALUES (:oldSlug, :articleId, :now)")
    void insert(@Bind("oldSlug") String oldSlug, @Bind("articleId") long articleId, @Bind("now") Instant now);

    /** Records that {@code oldSlug} now means the given article; a slug taken again stops redirecting. */
    default void remember(String oldSlug, String newSlug, long articleId, Instant now) {
        forget(oldSlug);
        forget(newSlug);
        insert(oldSlug, articleId, now);
    }
}
