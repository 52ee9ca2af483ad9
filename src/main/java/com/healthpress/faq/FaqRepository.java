package com.healthpress.faq;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code faq_item} table: an article's FAQ is read and replaced as one ordered list. */
@RegisterConstructorMapper(FaqItem.class)
public interface FaqRepository {

    @SqlQuery("SELECT question, answer FROM faq_item WHERE article_id = :articleId ORDER BY position")
    List<FaqItem> listFor(@Bind("articleId") long articleId);

    @SqlUpdate("DELETE FROM faq_item WHERE article_id = :articleId")
    void deleteAllFor(@Bind("articleId") long articleId);

    @SqlUpdate("INSERT INTO faq_item (article_id, position, question, answer) VALUES (:articleId, :position, :question, :answer)")
    void insert(@Bind("articleId") long articleId, @Bind("position") int position,
                @Bind("question") String question, @Bind("answer") String answer);

    /** Replaces the article's FAQ with the given items, in their order. Call inside a transaction. */
    default void replaceAll(long articleId, List<FaqItem> items) {
        deleteAllFor(articleId);
        for (int i = 0; i < items.size(); i++) {
            insert(articleId, i, items.get(i).question(), items.get(i).answer());
        }
    }
}
