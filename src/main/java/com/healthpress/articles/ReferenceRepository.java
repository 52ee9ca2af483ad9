package com.healthpress.articles;

import com.healthpress.article.Reference;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code article_reference} table: an article's references are read and replaced as one list. */
@RegisterConstructorMapper(Reference.class)
public interface ReferenceRepository {

    @SqlQuery("SELECT title, publisher, published_year, url, accessed_on FROM article_reference WHERE article_id = :articleId ORDER BY position")
    List<Reference> listFor(@Bind("articleId") long articleId);

    @SqlUpdate("DELETE FROM article_reference WHERE article_id = :articleId")
    void deleteAllFor(@Bind("articleId") long articleId);

    String INSERT = """
            INSERT INTO article_reference (article_id, position, title, publisher, published_year, url, accessed_on)
            VALUES (:articleId, :position, :title, :publisher, :year, :url, :accessedOn)""";

    /** One stored reference: a cited source at its position in an article's list. */
    record Row(long articleId, int position, String title, String publisher, Integer year, String url,
               LocalDate accessedOn) {

        /** The rows of an article's references, in their order. */
        public static List<Row> of(long articleId, List<Reference> references) {
            return IntStream.range(0, references.size()).mapToObj(i -> {
                Reference r = references.get(i);
                return new Row(articleId, i, r.title(), r.publisher(), r.publishedYear(), r.url(), r.accessedOn());
            }).toList();
        }
    }

    /** Inserts the references of new articles in one batch. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<Row> rows);

    /** Replaces the article's references with the given ones, in their order. Call inside a transaction. */
    default void replaceAll(long articleId, List<Reference> references) {
        deleteAllFor(articleId);
        if (!references.isEmpty()) {
            insertAll(Row.of(articleId, references));
        }
    }
}
