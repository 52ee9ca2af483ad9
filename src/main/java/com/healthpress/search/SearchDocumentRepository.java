package com.healthpress.search;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for the {@code article_search} table, which both databases index for full-text search (see the V3
 * vendor migrations). Deleting an article deletes its document by cascade.
 */
public interface SearchDocumentRepository {

    String INSERT = "INSERT INTO article_search (article_id, title, lead, questions) "
            + "VALUES (:articleId, :title, :lead, :questions)";

    @SqlUpdate("UPDATE article_search SET title = :title, lead = :lead, questions = :questions "
            + "WHERE article_id = :articleId")
    int update(@BindMethods SearchDocument document);

    @SqlUpdate(INSERT)
    void insert(@BindMethods SearchDocument document);

    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<SearchDocument> documents);

    /** Writes the article's document, replacing the one it had. Call inside the transaction that saves the article. */
    default void store(SearchDocument document) {
        if (update(document) == 0) {
            insert(document);
        }
    }
}
