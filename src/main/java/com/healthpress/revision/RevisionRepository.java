package com.healthpress.revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code article_revision} table. The content column holds the article as JSON. */
@RegisterConstructorMapper(Revision.class)
public interface RevisionRepository {

    String COLUMNS = "id, article_id, version, saved_by, saved_at, summary, change_kind, change_note";

    String INSERT = """
            INSERT INTO article_revision (article_id, version, saved_by, saved_at, summary, content)
            VALUES (:articleId, :version, :savedBy, :savedAt, :summary, :content)""";

    /** A revision to store: who saved which version of an article when, and its content as JSON. */
    record NewRevision(long articleId, int version, String savedBy, Instant savedAt, String summary, String content) {
    }

    /** Stores a revision with the kind of change it made and, for an update or a correction, its public note. */
    @SqlUpdate("""
            INSERT INTO article_revision (article_id, version, saved_by, saved_at, summary, content, change_kind,
                change_note)
            VALUES (:articleId, :version, :savedBy, :savedAt, :summary, :content, :kind, :note)""")
    void insert(@Bind("articleId") long articleId, @Bind("version") int version, @Bind("savedBy") String savedBy,
                @Bind("savedAt") Instant savedAt, @Bind("summary") String summary, @Bind("content") String content,
                @Bind("kind") String kind, @Bind("note") String note);

    /** The updates and corrections of an article, newest first: the public part of its history. */
    @SqlQuery("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :articleId AND change_kind <> 'minor' "
            + "ORDER BY version DESC")
    List<Revision> listNotedChanges(@Bind("articleId") long articleId);

    /** Inserts revisions of several articles in one batch. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<NewRevision> revisions);

    @SqlQuery("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :articleId ORDER BY version DESC")
    List<Revision> listFor(@Bind("articleId") long articleId);

    @SqlQuery("SELECT content FROM article_revision WHERE article_id = :articleId AND version = :version")
    Optional<String> findContent(@Bind("articleId") long articleId, @Bind("version") int version);

    @SqlQuery("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :articleId AND version = :version")
    Optional<Revision> find(@Bind("articleId") long articleId, @Bind("version") int version);

    @SqlQuery("SELECT content FROM article_revision WHERE article_id = :articleId")
    List<String> listContents(@Bind("articleId") long articleId);

    /** How many revisions have a hero image with this id; the snapshot JSON names it as {@code "imageId":12,}. */
    default int countUsingImage(long imageId) {
        return countWithContentLike("%\"imageId\":" + imageId + ",%");
    }

    @SqlQuery("SELECT COUNT(*) FROM article_revision WHERE content LIKE :pattern")
    int countWithContentLike(@Bind("pattern") String pattern);
}
