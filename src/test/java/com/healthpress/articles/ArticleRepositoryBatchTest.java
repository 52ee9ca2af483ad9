package com.healthpress.articles;

import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.people.Bylines;
import com.healthpress.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batch insert that the generate command uses leaves the rows that a single save's insert leaves. */
class ArticleRepositoryBatchTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final Database database = Database.open(TestDatabases.fresh());

    @AfterEach
    void close() {
        database.close();
    }

    /** The repository writes articles whose people are records, as every write path links them first. */
    private static Article linked(Handle handle, Article article) {
        return Bylines.link(handle, article, NOW);
    }

    @Test
    void aBatchOfNewArticlesGetsTheRowsThatOneInsertGives() {
        Article article = TestArticles.published("Batched like saved", NOW.minus(Duration.ofDays(2))).toBuilder()
                .createdAt(NOW).updatedAt(NOW).build();

        Map<String, Object> single = database.jdbi().inTransaction(handle -> row(handle,
                handle.attach(ArticleRepository.class).insert(linked(handle, article.toBuilder().slug("single").build()),
                        NOW, "x")));
        Map<String, Object> batched = database.jdbi().inTransaction(handle -> row(handle,
                handle.attach(ArticleRepository.class).insertAll(
                        List.of(linked(handle, article.toBuilder().slug("batched").build())),
                        Arrays.asList((Integer) null), NOW, "x").get(0)));

        assertEquals(withoutIdAndSlug(single), withoutIdAndSlug(batched));
    }

    @Test
    void aBatchedArticleKeepsItsOwnTimesAndItsSeoScore() {
        Instant created = NOW.minus(Duration.ofDays(40));
        Instant updated = NOW.minus(Duration.ofDays(3));
        Article article = TestArticles.published("With a history", NOW.minus(Duration.ofDays(30))).toBuilder()
                .slug("history").createdAt(created).updatedAt(updated).build();

        long id = database.jdbi().inTransaction(handle -> handle.attach(ArticleRepository.class)
                .insertAll(List.of(linked(handle, article)), List.of(71), NOW, "generator").get(0));

        Article stored = database.jdbi().withHandle(h -> h.attach(ArticleRepository.class).findById(id)).orElseThrow();
        assertEquals(created, stored.createdAt());
        assertEquals(updated, stored.updatedAt());
        Map<String, Object> row = database.jdbi().withHandle(handle -> row(handle, id));
        assertEquals("generator", row.get("updated_by"));
        assertEquals(71, ((Number) row.get("seo_score")).intValue());
        assertEquals(true, row.get("publication_announced"));
    }

    private static Map<String, Object> row(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM article WHERE id = :id").bind("id", id).mapToMap().one();
    }

    private static Map<String, Object> withoutIdAndSlug(Map<String, Object> row) {
        Map<String, Object> rest = new HashMap<>(row);
        rest.remove("id");
        rest.remove("slug");
        return rest;
    }
}
