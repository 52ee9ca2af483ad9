package com.healthpress.reference;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code article_reference} table: an article's references are read and replaced as one list. */
@RegisterConstructorMapper(Reference.class)
public interface ReferenceRepository {

    @SqlQuery("SELECT title, publisher, published_year, url FROM article_reference WHERE article_id = :articleId ORDER BY position")
    List<Reference> listFor(@Bind("articleId") long articleId);

    @SqlUpdate("DELETE FROM article_reference WHERE article_id = :articleId")
    void deleteAllFor(@Bind("articleId") long articleId);

    @SqlUpdate("""
            INSERT INTO article_reference (article_id, position, title, publisher, published_year, url)
            VALUES (:articleId, :position, :title, :publisher, :year, :url)""")
    void insert(@Bind("articleId") long articleId, @Bind("position") int position, @Bind("title") String title,
                @Bind("publisher") String publisher, @Bind("year") Integer publishedYear, @Bind("url") String url);

    /** Replaces the article's references with the given ones, in their order. Call inside a transaction. */
    default void replaceAll(long articleId, List<Reference> references) {
        deleteAllFor(articleId);
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            insert(articleId, i, r.title(), r.publisher(), r.publishedYear(), r.url());
        }
    }
}
