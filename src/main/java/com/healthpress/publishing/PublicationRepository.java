package com.healthpress.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of announcing scheduled publications: which are due, claiming one, and when the next one falls. */
@RegisterConstructorMapper(PublicationRepository.Due.class)
public interface PublicationRepository {

    /** A published article whose publication has not been announced yet. */
    record Due(long id, String slug, String topicSlug, String title) {
    }

    @SqlQuery("""
            SELECT id, slug, topic_slug, title FROM article
            WHERE publication_announced = FALSE AND status = 'published' AND published_at <= :now
              AND deleted_at IS NULL""")
    List<Due> listDue(@Bind("now") Instant now);

    /**
     * 1 for the one instance that claims the announcement, 0 for every other. The row counts as changed now: the
     * Content API lists it among the changes since a time.
     */
    @SqlUpdate("UPDATE article SET publication_announced = TRUE, updated_at = :now WHERE id = :id AND publication_announced = FALSE")
    int claim(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT published_at FROM article
            WHERE publication_announced = FALSE AND status = 'published' AND published_at > :now
              AND deleted_at IS NULL
            ORDER BY published_at LIMIT 1""")
    Optional<Instant> nextDue(@Bind("now") Instant now);
}
