package com.healthpress.redirects;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for the {@code redirect} table, and the reads of the old-address tables the redirects page lists beside
 * it (their writes are {@link OldSlugRepository}'s). The table is read whole: it is small, and every instance keeps
 * it in memory.
 */
@RegisterConstructorMapper(StoredRedirect.class)
public interface RedirectRepository {

    String COLUMNS = "id, from_path, to_target, status, created_at, updated_at, updated_by";

    @SqlQuery("SELECT " + COLUMNS + " FROM redirect ORDER BY from_path")
    List<StoredRedirect> listAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM redirect WHERE id = :id")
    Optional<StoredRedirect> find(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO redirect (from_path, to_target, status, created_at, updated_at, updated_by)
            VALUES (:from, :to, :status, :now, :now, :by)""")
    void insert(@Bind("from") String from, @Bind("to") String to, @Bind("status") int status,
                @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("UPDATE redirect SET to_target = :to, status = :status, updated_at = :now, updated_by = :by "
            + "WHERE from_path = :from")
    int update(@Bind("from") String from, @Bind("to") String to, @Bind("status") int status,
               @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("DELETE FROM redirect WHERE from_path = :from")
    int delete(@Bind("from") String from);

    /**
     * Every old address of an article, profile or page, with its owner's current slug and whether the owner is public
     * (an article published, its time come and not in the trash, as ArticleRepository.PUBLIC says; a published
     * page; every profile), which is when the old address answers with a 301.
     */
    @SqlQuery("""
            SELECT 'ARTICLE' AS kind, r.old_slug, a.slug AS current_slug, a.id AS owner_id, a.title AS owner_name,
                   (a.status = 'published' AND a.published_at <= :now AND a.deleted_at IS NULL) AS live, r.created_at
            FROM slug_redirect r JOIN article a ON a.id = r.article_id
            UNION ALL
            SELECT 'PERSON' AS kind, r.old_slug, p.slug AS current_slug, p.id AS owner_id, p.name AS owner_name,
                   TRUE AS live, r.created_at
            FROM person_slug_redirect r JOIN person p ON p.id = r.person_id
            UNION ALL
            SELECT 'PAGE' AS kind, r.old_slug, g.slug AS current_slug, g.id AS owner_id, g.title AS owner_name,
                   (g.status = 'PUBLISHED') AS live, r.created_at
            FROM page_slug_redirect r JOIN page g ON g.id = r.page_id
            ORDER BY kind, old_slug""")
    @RegisterConstructorMapper(OldAddressRow.class)
    List<OldAddressRow> listOldAddresses(@Bind("now") Instant now);

    /** A row of {@link #listOldAddresses}. */
    record OldAddressRow(String kind, String oldSlug, String currentSlug, long ownerId, String ownerName, boolean live,
                         Instant createdAt) {

        OldAddress toOldAddress() {
            return new OldAddress(OldSlugs.valueOf(kind), oldSlug, currentSlug, ownerId, ownerName, live, createdAt,
                    false);
        }
    }
}
