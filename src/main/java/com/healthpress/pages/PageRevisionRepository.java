package com.healthpress.pages;

import com.healthpress.page.PageContent;
import com.healthpress.page.PageRevision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code page_revision} table: every saved version of a page, whole. */
@RegisterConstructorMapper(PageRevision.class)
public interface PageRevisionRepository {

    String COLUMNS = "page_id, version, saved_by, saved_at, summary, slug, title, body, kind, status";

    @SqlUpdate("""
            INSERT INTO page_revision (page_id, version, saved_by, saved_at, summary, slug, title, body, kind, status)
            VALUES (:pageId, :version, :savedBy, :savedAt, :summary, :slug, :title, :body, :kind, :status)""")
    void insert(@Bind("pageId") long pageId, @Bind("version") int version, @Bind("savedBy") String savedBy,
                @Bind("savedAt") Instant savedAt, @Bind("summary") String summary, @BindMethods PageContent content);

    @SqlQuery("SELECT " + COLUMNS + " FROM page_revision WHERE page_id = :pageId ORDER BY version DESC")
    List<PageRevision> listFor(@Bind("pageId") long pageId);

    @SqlQuery("SELECT " + COLUMNS + " FROM page_revision WHERE page_id = :pageId AND version = :version")
    Optional<PageRevision> find(@Bind("pageId") long pageId, @Bind("version") int version);
}
