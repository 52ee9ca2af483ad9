package com.healthpress.links;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for the link index: {@code article_link} (each body's links to article addresses) and the backfill's
 * queue, {@code article_link_pending} (see V31). The report's scans read indexes only, never an article's row with
 * its body (a page read each): every column a scan reads is in the index it reads, and the rows a page shows are
 * read by their keys afterwards ({@link #describe}, {@link #describeLinks}). "Public" means what it means
 * everywhere: published, not in the trash, with a publication time that has come.
 */
@RegisterConstructorMapper(ArticleBody.class)
@RegisterConstructorMapper(LinkedArticle.class)
@RegisterConstructorMapper(OrphanScanRow.class)
@RegisterConstructorMapper(LinkScanRow.class)
@RegisterConstructorMapper(LinkWords.class)
@RegisterConstructorMapper(SuggestionCandidate.class)
public interface LinkRepository {

    @SqlUpdate("DELETE FROM article_link WHERE from_article_id = :articleId")
    void deleteFrom(@Bind("articleId") long articleId);

    @SqlBatch("""
            INSERT INTO article_link (from_article_id, to_host, to_slug, anchor_text, link_count)
            VALUES (:fromArticleId, :toHost, :toSlug, :anchorText, :linkCount)""")
    void insertAll(@BindMethods List<OutgoingLink> links);

    @SqlQuery("SELECT from_article_id, to_host, to_slug, anchor_text, link_count FROM article_link "
            + "WHERE from_article_id = :articleId ORDER BY id")
    @RegisterConstructorMapper(OutgoingLink.class)
    List<OutgoingLink> listFrom(@Bind("articleId") long articleId);

    @SqlQuery("SELECT id, body FROM article WHERE id > :after ORDER BY id LIMIT :limit")
    List<ArticleBody> listBodies(@Bind("after") long after, @Bind("limit") int limit);

    // The backfill of the articles stored before V31.

    @SqlQuery("SELECT article_id FROM article_link_pending ORDER BY article_id LIMIT :limit")
    List<Long> listPending(@Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM article_link_pending")
    long countPending();

    @SqlUpdate("DELETE FROM article_link_pending WHERE article_id IN (<ids>)")
    int deletePending(@BindList("ids") List<Long> ids);

    /** The bodies, locked until the transaction ends: a save of one of them waits, so its links are never undone. */
    @SqlQuery("SELECT id, body FROM article WHERE id IN (<ids>) ORDER BY id FOR UPDATE")
    List<ArticleBody> lockBodies(@BindList("ids") List<Long> ids);

    // The report: scans in chunks, in the order of a keyset, each row answered from indexes.

    /**
     * The next {@code limit} public articles after the keyset ({@code afterAt}, {@code afterId}), oldest published
     * first, each with whether it is an orphan: no other public article links to it, at its address or at an old one.
     * Read from the index of public articles by publication (V12), each check from the link index by slug and the
     * index of public articles by id.
     */
    @SqlQuery("""
            SELECT a.id, a.published_at,
                   CASE WHEN EXISTS (
                            SELECT 1 FROM article_link l
                            JOIN article s ON s.status = 'published' AND s.id = l.from_article_id
                            WHERE l.to_slug = a.slug AND l.to_host IN (<hosts>) AND s.id <> a.id
                              AND s.published_at <= :now AND s.deleted_at IS NULL)
                        OR EXISTS (
                            SELECT 1 FROM slug_redirect r
                            JOIN article_link l ON l.to_slug = r.old_slug
                            JOIN article s ON s.status = 'published' AND s.id = l.from_article_id
                            WHERE r.article_id = a.id AND l.to_host IN (<hosts>) AND s.id <> a.id
                              AND s.published_at <= :now AND s.deleted_at IS NULL)
                        THEN FALSE ELSE TRUE END AS orphan
            FROM article a
            WHERE a.status = 'published' AND a.published_at >= :afterAt
              AND (a.published_at > :afterAt OR a.id > :afterId)
              AND a.published_at <= :now AND a.deleted_at IS NULL
            ORDER BY a.status, a.published_at, a.id
            LIMIT :limit""")
    List<OrphanScanRow> scanForOrphans(@Bind("afterAt") Instant afterAt, @Bind("afterId") long afterId,
                                       @BindList("hosts") List<String> hosts, @Bind("now") Instant now,
                                       @Bind("limit") int limit);

    /**
     * The next {@code limit} links on the site after the keyset ({@code afterArticle}, {@code afterLink}), in the
     * order of the articles they are in, each with the article its slug names (state included) or, when none, the
     * article it is an old address of, with its state. Read from the link index by article and the article index by
     * slug; only an old address, which is rare, costs the row of the article it leads to.
     */
    @SqlQuery("""
            SELECT l.id, l.from_article_id, l.to_slug, t.id AS target_id, t.status AS target_status,
                   t.published_at AS target_published_at, t.deleted_at AS target_deleted_at,
                   r.article_id AS redirect_target_id, rt.status AS redirect_status,
                   rt.published_at AS redirect_published_at, rt.deleted_at AS redirect_deleted_at
            FROM article_link l
            LEFT JOIN article t ON t.slug = l.to_slug
            LEFT JOIN slug_redirect r ON t.id IS NULL AND r.old_slug = l.to_slug
            LEFT JOIN article rt ON rt.id = r.article_id
            WHERE l.from_article_id >= :afterArticle AND (l.from_article_id > :afterArticle OR l.id > :afterLink)
              AND l.to_host IN (<hosts>)
            ORDER BY l.from_article_id, l.id
            LIMIT :limit""")
    List<LinkScanRow> scanLinks(@Bind("afterArticle") long afterArticle, @Bind("afterLink") long afterLink,
                                @BindList("hosts") List<String> hosts, @Bind("limit") int limit);

    /** Those of the articles that are in the trash. */
    @SqlQuery("SELECT id FROM article WHERE id IN (<ids>) AND deleted_at IS NOT NULL")
    List<Long> listTrashed(@BindList("ids") List<Long> ids);

    /** The words and count of the links a page of the report shows, by their keys. */
    @SqlQuery("SELECT id, anchor_text, link_count FROM article_link WHERE id IN (<ids>)")
    List<LinkWords> describeLinks(@BindList("ids") List<Long> ids);

    /** The articles a page of the report names, by their keys. */
    @SqlQuery("SELECT id, slug, title, status, published_at, deleted_at FROM article WHERE id IN (<ids>)")
    List<LinkedArticle> describe(@BindList("ids") List<Long> ids);

    // The suggestions on the edit page.

    /** The public articles among the ids the search index found, but this one, with what a link would match. */
    @SqlQuery("""
            SELECT id, slug, title, focus_keyword, published_at FROM article
            WHERE id IN (<ids>) AND id <> :self
              AND status = 'published' AND published_at <= :now AND deleted_at IS NULL""")
    List<SuggestionCandidate> listCandidates(@BindList("ids") List<Long> ids, @Bind("self") long self,
                                             @Bind("now") Instant now);

    /** The articles the slugs name, at their address or at an old one. */
    @SqlQuery("""
            SELECT id FROM article WHERE slug IN (<slugs>)
            UNION SELECT article_id FROM slug_redirect WHERE old_slug IN (<slugs>)""")
    List<Long> listArticlesAt(@BindList("slugs") List<String> slugs);
}
