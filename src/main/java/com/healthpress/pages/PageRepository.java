package com.healthpress.pages;

import com.healthpress.article.SlugChange;
import com.healthpress.page.Page;
import com.healthpress.page.PageContent;
import com.healthpress.page.PageLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code page} table. A handful of rows: no query here needs more than the slug's unique index. */
@RegisterConstructorMapper(Page.class)
public interface PageRepository {

    String COLUMNS = "id, slug, title, body, kind, status, version, created_at, updated_at, published_at, updated_by";

    @SqlQuery("SELECT " + COLUMNS + " FROM page ORDER BY title, id")
    List<Page> listAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM page WHERE id = :id")
    Optional<Page> findById(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM page WHERE slug = :slug AND status = 'PUBLISHED'")
    Optional<Page> findPublishedBySlug(@Bind("slug") String slug);

    @SqlQuery("SELECT id, title, slug FROM page WHERE status = 'PUBLISHED' ORDER BY title, id")
    @RegisterConstructorMapper(PageLink.class)
    List<PageLink> listPublishedLinks();

    @SqlQuery("SELECT slug, updated_at AS changed_at FROM page WHERE status = 'PUBLISHED' ORDER BY slug")
    @RegisterConstructorMapper(SlugChange.class)
    List<SlugChange> listPublishedChanges();

    @SqlQuery("SELECT COUNT(*) > 0 FROM page WHERE slug = :slug AND id <> :id")
    boolean slugTakenByAnother(@Bind("slug") String slug, @Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO page (slug, title, body, kind, status, version, created_at, updated_at, published_at,
                              updated_by)
            VALUES (:slug, :title, :body, :kind, :status, 1, :now, :now, :publishedAt, :by)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods PageContent content, @Bind("now") Instant now, @Bind("publishedAt") Instant publishedAt,
                @Bind("by") String by);

    /** Saves over the page only if nobody saved since {@code expectedVersion}; false when someone did. */
    @SqlUpdate("""
            UPDATE page SET slug = :slug, title = :title, body = :body, kind = :kind, status = :status,
                            version = version + 1, updated_at = :now, published_at = :publishedAt, updated_by = :by
            WHERE id = :id AND version = :expectedVersion""")
    boolean update(@Bind("id") long id, @Bind("expectedVersion") int expectedVersion, @BindMethods PageContent content,
                   @Bind("now") Instant now, @Bind("publishedAt") Instant publishedAt, @Bind("by") String by);

    /** The current slug of the published page that once lived at {@code oldSlug} (V23). */
    @SqlQuery("SELECT p.slug FROM page_slug_redirect r JOIN page p ON p.id = r.page_id "
            + "WHERE r.old_slug = :oldSlug AND p.status = 'PUBLISHED'")
    Optional<String> findCurrentPublishedSlug(@Bind("oldSlug") String oldSlug);
}
