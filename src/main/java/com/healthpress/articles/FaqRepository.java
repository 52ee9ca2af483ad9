package com.healthpress.articles;

import com.healthpress.article.FaqItem;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code faq_item} table: an article's FAQ is read and replaced as one ordered list. */
@RegisterConstructorMapper(FaqItem.class)
public interface FaqRepository {

    @SqlQuery("SELECT question, answer FROM faq_item WHERE article_id = :articleId ORDER BY position")
    List<FaqItem> listFor(@Bind("articleId") long articleId);

    @SqlUpdate("DELETE FROM faq_item WHERE article_id = :articleId")
    void deleteAllFor(@Bind("articleId") long articleId);

    String INSERT = "INSERT INTO faq_item (article_id, position, question, answer) "
            + "VALUES (:articleId, :position, :question, :answer)";

    /** One stored FAQ item: the question and answer at its position in an article's FAQ. */
    record Row(long articleId, int position, String question, String answer) {

        /** The rows of an article's FAQ, in its order. */
        public static List<Row> of(long articleId, List<FaqItem> items) {
            return IntStream.range(0, items.size())
                    .mapToObj(i -> new Row(articleId, i, items.get(i).question(), items.get(i).answer()))
                    .toList();
        }
    }

    @SqlUpdate(INSERT)
    void insert(@Bind("articleId") long articleId, @Bind("position") int position,
                @Bind("question") String question, @Bind("answer") String answer);

    /** Inserts the FAQ items of new articles in one batch. */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<Row> rows);

    /** Replaces the article's FAQ with the given items, in their order. Call inside a transaction. */
    default void replaceAll(long articleId, List<FaqItem> items) {
        deleteAllFor(articleId);
        for (int i = 0; i < items.size(); i++) {
            insert(articleId, i, items.get(i).question(), items.get(i).answer());
        }
    }
}
