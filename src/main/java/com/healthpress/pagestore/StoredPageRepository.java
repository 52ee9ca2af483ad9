package com.healthpress.pagestore;

import com.healthpress.articles.ArticleRepository;
import com.healthpress.changes.ChangeEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The page store's SQL (V24), but for what a change does to it (changes/StalePageRepository): the pages, their tags,
 * and the change events a render must not have missed.
 */
public interface StoredPageRepository {

    /** In the order StoredPageMapper reads them. */
    String COLUMNS = "page_key, content_type, etag, last_modified, tags, gzip_bytes, brotli_bytes";

    /**
     * The fresh page rendered for these settings (a page rendered for other settings is as good as none). Read for
     * a request until the index is loaded, so PageStore runs it as a plain query, without attaching this interface.
     */
    String FIND = "SELECT " + COLUMNS + " FROM stored_page WHERE page_key = :key AND rendered_for = :site"
            + " AND stale = FALSE";

    /**
     * The next pages after a key, in key order, with the settings they were rendered for and whether they are stale
     * (for the index, which keeps the fresh ones rendered for its settings). Only the key is in the condition: with
     * the others H2 chose the renderer's index and sorted every fresh page for each batch.
     */
    String LIST_AFTER = "SELECT " + COLUMNS + ", rendered_for, stale FROM stored_page WHERE page_key > :after"
            + " ORDER BY page_key LIMIT :limit";

    /** Every change recorded after the given change event (all of them: a render must not have missed one). */
    @SqlQuery("SELECT id, tags FROM change_event WHERE id > :after")
    @RegisterConstructorMapper(ChangeEvent.class)
    List<ChangeEvent> changesAfter(@Bind("after") long after);

    @SqlUpdate("DELETE FROM stored_page WHERE page_key = :key")
    void delete(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO stored_page (page_key, content_type, etag, last_modified, gzip_bytes, brotli_bytes, tags,
                                     renderer, rendered_for, stale, rendered_at)
            VALUES (:key, :contentType, :etag, :lastModified, :gzipBytes, :brotliBytes, :tags, :renderer, :site, FALSE,
                    :renderedAt)""")
    void insert(@Bind("key") String key, @Bind("contentType") String contentType, @Bind("etag") String etag,
                @Bind("lastModified") Instant lastModified, @Bind("gzipBytes") int gzipBytes,
                @Bind("brotliBytes") Integer brotliBytes, @Bind("tags") String tags,
                @Bind("renderer") String renderer, @Bind("site") String site,
                @Bind("renderedAt") Instant renderedAt);

    /**
     * A page rendered again, in place: its row is updated and its tags are left alone (a render of the same data
     * for a new build has the same tags; {@link #insertTags} and {@link #deleteTags} change those that differ).
     */
    @SqlUpdate("""
            UPDATE stored_page SET content_type = :contentType, etag = :etag, last_modified = :lastModified,
                                   gzip_bytes = :gzipBytes, brotli_bytes = :brotliBytes, tags = :tags,
                                   renderer = :renderer, rendered_for = :site, stale = FALSE, rerender = FALSE,
                                   rendered_at = :renderedAt
            WHERE page_key = :key""")
    int update(@Bind("key") String key, @Bind("contentType") String contentType, @Bind("etag") String etag,
               @Bind("lastModified") Instant lastModified, @Bind("gzipBytes") int gzipBytes,
               @Bind("brotliBytes") Integer brotliBytes, @Bind("tags") String tags,
               @Bind("renderer") String renderer, @Bind("site") String site,
               @Bind("renderedAt") Instant renderedAt);

    /** The tags each of these pages is stored with, space-separated; a page not stored is left out. */
    @SqlQuery("SELECT page_key, tags FROM stored_page WHERE page_key IN (<keys>)")
    @KeyColumn("page_key")
    @ValueColumn("tags")
    Map<String, String> tagsOf(@BindList("keys") Collection<String> keys);

    @SqlBatch("INSERT INTO stored_page_tag (tag, page_key) VALUES (:tag, :key)")
    void insertTags(@Bind("tag") Collection<String> tags, @Bind("key") String key);

    @SqlBatch("DELETE FROM stored_page_tag WHERE tag = :tag AND page_key = :key")
    void deleteTags(@Bind("tag") Collection<String> tags, @Bind("key") String key);

    /**
     * The pages the background renderer should render again, most urgent first: stale ones, then those another build
     * rendered; the newest of each first. Both read a newest-first index (V27) and stop after :limit rows; with an
     * ascending one H2 read and sorted every marked row for each batch, so a re-render of 100,000 pages read some
     * 25 million rows, and its garbage caused a full collection every two seconds.
     */
    String STALE = """
            SELECT page_key FROM stored_page WHERE stale = TRUE
            ORDER BY stale, last_modified DESC LIMIT :limit""";

    @SqlQuery(STALE)
    List<String> listStale(@Bind("limit") int limit);

    /**
     * Fresh pages marked to be rendered again (by {@link #markEarlierBuilds} or a rebuild) that another build
     * rendered, the newest first: an instance of an earlier build still running (a rolling deploy) may mark this
     * build's pages, which this build does not render again.
     */
    String TO_RENDER_AGAIN = """
            SELECT page_key FROM stored_page WHERE rerender = TRUE AND stale = FALSE AND renderer <> :renderer
            ORDER BY rerender, last_modified DESC LIMIT :limit""";

    @SqlQuery(TO_RENDER_AGAIN)
    List<String> listToRenderAgain(@Bind("renderer") String renderer, @Bind("limit") int limit);

    /**
     * Whether any stored page was rendered by another build: two ranges of the renderer's index (an index serves no
     * "not equal"), so that a start where every page is this build's reads next to nothing. Pages of another build
     * already marked, stale or rendered for other settings answer yes too; the marking then says which to mark.
     */
    String OF_OTHER_BUILDS = """
            SELECT EXISTS (SELECT 1 FROM stored_page WHERE renderer < :renderer)
                OR EXISTS (SELECT 1 FROM stored_page WHERE renderer > :renderer)""";

    @SqlQuery(OF_OTHER_BUILDS)
    boolean hasPagesOfOtherBuilds(@Bind("renderer") String renderer);

    /**
     * The next page keys after this one, in key order: batches of pages to mark (the marking statement says which
     * of them). Only the key is in the condition, so that the primary key's order serves it (see {@link #LIST_AFTER}).
     */
    @SqlQuery(KEYS_AFTER)
    List<String> listKeysAfter(@Bind("after") String after, @Bind("limit") int limit);

    String KEYS_AFTER = "SELECT page_key FROM stored_page WHERE page_key > :after ORDER BY page_key LIMIT :limit";

    /**
     * Marks these pages to be rendered again if another build rendered them for these settings. Pages rendered for
     * other settings are left to be replaced as readers ask for them: two instances set up differently on one
     * database would otherwise render each other's pages again without end.
     */
    @SqlUpdate("""
            UPDATE stored_page SET rerender = TRUE
            WHERE page_key IN (<keys>) AND rerender = FALSE AND stale = FALSE AND renderer <> :renderer
              AND rendered_for = :site""")
    int markEarlierBuilds(@BindList("keys") List<String> keys, @Bind("renderer") String renderer,
                          @Bind("site") String site);

    @SqlQuery("SELECT COUNT(*) FROM stored_page")
    int count();

    @SqlQuery("""
            SELECT COUNT(*) AS pages,
                   COALESCE(SUM(CASE WHEN stale THEN 1 ELSE 0 END), 0) AS stale,
                   COALESCE(SUM(CASE WHEN NOT stale AND rendered_for = :site AND (rerender OR renderer <> :renderer)
                                THEN 1
                                ELSE 0 END), 0) AS older_build,
                   COALESCE(SUM(gzip_bytes + COALESCE(brotli_bytes, 0)), 0) AS bytes
            FROM stored_page""")
    @RegisterConstructorMapper(PageStoreStatus.class)
    PageStoreStatus status(@Bind("renderer") String renderer, @Bind("site") String site);

    /** No build is called "rebuild" (builds are hashes): every fresh page counts as another build's. */
    @SqlUpdate("UPDATE stored_page SET rerender = TRUE, renderer = 'rebuild' WHERE page_key IN (<keys>) AND stale = FALSE")
    int markForRebuild(@BindList("keys") List<String> keys);

    /** A public article and its place in a scan of them (newest made first). */
    record PublicArticle(String slug, long id) {
    }

    /**
     * Public articles, the newest made first, before a place in that order: a scan that walks them once, for the
     * background renderer to find those the store lacks. In the order of an index (by id), so that each batch starts
     * at its place: in order of publication H2 read every article newer than the place, each batch.
     */
    String PUBLIC_ARTICLES_BEFORE = "SELECT a.slug, a.id FROM article a WHERE " + ArticleRepository.PUBLIC
            + " AND a.id < :beforeId ORDER BY status DESC, a.id DESC LIMIT :limit";

    @SqlQuery(PUBLIC_ARTICLES_BEFORE)
    @RegisterConstructorMapper(PublicArticle.class)
    List<PublicArticle> listPublicArticles(@Bind("now") Instant now, @Bind("beforeId") long beforeId,
                                           @Bind("limit") int limit);

    /** Those of these articles that are public. */
    @SqlQuery("SELECT a.slug, a.id FROM article a WHERE " + ArticleRepository.PUBLIC + " AND a.id IN (<ids>)")
    @RegisterConstructorMapper(PublicArticle.class)
    List<PublicArticle> listPublicAmong(@Bind("now") Instant now, @BindList("ids") Collection<Long> ids);

    /** The entity tags of the stored pages that begin with this character: their files are kept. */
    @SqlQuery("SELECT DISTINCT etag FROM stored_page WHERE LEFT(etag, 1) = :first")
    List<String> listEtagsStartingWith(@Bind("first") String first);
}
