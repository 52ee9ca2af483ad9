package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.QueryPlans;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.article.SlugChange;
import com.healthpress.people.Bylines;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dates the sitemap gives the home page and each profile: the latest publication or update of a public article,
 * everyone's or one person's, read from the tops of indexes rather than from every article (with 100,000 articles
 * the profiles' dates took 2.5 s on H2, on every render of the sitemap's pages file).
 */
class PublicChangeQueriesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant PEOPLE_MADE = days(-100);

    private final Database database = Database.open(TestDatabases.fresh());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aProfileIsDatedByTheLatestPublicationOrUpdateOfThePublicArticlesItNamesOrByItsOwnEdit() {
        long updated = store(article("Ann Writer", "Updated later", days(-40)).build());
        store(article("Ann Writer", "Published first", days(-50)).review(review("Rex Reviewer")).build());
        long scheduled = store(article("Ann Writer", "Not out yet", days(5)).build());
        long trashed = store(article("Ann Writer", "In the trash", days(-20)).build());
        long draft = store(article("Ann Writer", "A draft", null).status(ArticleStatus.DRAFT).build());
        store(article("Dee Drafter", "Only a draft", null).status(ArticleStatus.DRAFT).build());
        long announcedLate = store(article("Pat Person", "Published last", days(-7)).build());
        store(article("Pat Person", "Older", days(-30)).build());
        database.jdbi().useHandle(handle -> {
            setContentUpdated(handle, updated, days(-10));
            setContentUpdated(handle, scheduled, days(-1));
            setContentUpdated(handle, trashed, days(-2));
            setContentUpdated(handle, draft, days(-3));
            setContentUpdated(handle, announcedLate, days(-60));
            handle.execute("UPDATE article SET deleted_at = ? WHERE id = ?", days(-2), trashed);
            handle.execute("UPDATE person SET updated_at = ? WHERE name = 'Pat Person'", days(-5));
        });

        List<SlugChange> profiles = database.jdbi().withHandle(handle ->
                handle.attach(ArticleRepository.class).listPublicProfileChanges(NOW));
        Instant lastChange = database.jdbi().withHandle(handle ->
                handle.attach(ArticleRepository.class).findLastPublicChange(NOW));

        assertEquals(List.of(new SlugChange(slugOf("Ann Writer"), days(-10)),
                new SlugChange(slugOf("Pat Person"), days(-5)),
                new SlugChange(slugOf("Rex Reviewer"), days(-50))), profiles);
        assertEquals(days(-7), lastChange, "the newest publication, later than any public article's update");
    }

    @Test
    void withoutPublicArticlesNothingHasChanged() {
        store(article("Dee Drafter", "Only a draft", null).status(ArticleStatus.DRAFT).build());

        assertEquals(List.of(), database.jdbi().withHandle(handle ->
                handle.attach(ArticleRepository.class).listPublicProfileChanges(NOW)));
        Instant lastChange = database.jdbi().withHandle(handle ->
                handle.attach(ArticleRepository.class).findLastPublicChange(NOW));
        assertNull(lastChange);
    }

    @Test
    void theDatesAreReadFromAFewIndexRowsHoweverManyArticlesThereAre() {
        assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Article.Builder article = article("Writer " + i % 20, "Article " + i, days(-90 + i / 10))
                    .slug("article-" + i).review(review("Reviewer " + i % 7));
            many.add((i % 10 == 0 ? article.status(ArticleStatus.DRAFT).publishedAt(null) : article).build());
        }
        database.jdbi().useTransaction(handle -> handle.attach(ArticleRepository.class).insertAll(
                Bylines.linkAll(handle, many, PEOPLE_MADE), Collections.nCopies(many.size(), null), NOW, "test"));
        // H2 plans with the counts ANALYZE takes; a live database takes them by itself as its tables change.
        database.jdbi().useHandle(handle -> handle.execute("ANALYZE"));

        int profileRows = rowsRead(ArticleRepository.PUBLIC_PROFILE_CHANGES);
        int lastChangeRows = rowsRead(ArticleRepository.LAST_PUBLIC_CHANGE);
        int people = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM person")
                .mapTo(Integer.class).one());

        assertTrue(profileRows < people + 20, "rows read for the profiles' dates of " + people + " people: "
                + profileRows);
        assertTrue(lastChangeRows < 10, "rows read for the last change: " + lastChangeRows);
    }

    /** The rows H2 read to answer the query, all tables and subqueries together (EXPLAIN ANALYZE's scan counts). */
    private int rowsRead(String query) {
        String plan = QueryPlans.analyzedPlan(database, query, analyzed -> analyzed.bind("now", NOW));
        int rows = QueryPlans.rowsRead(plan);
        assertTrue(rows > 0, plan);
        return rows;
    }

    private static Article.Builder article(String author, String title, Instant publishedAt) {
        return TestArticles.article().slug(title.toLowerCase().replace(' ', '-')).title(title)
                .author(Author.person(author)).publishedAt(publishedAt)
                .createdAt(PEOPLE_MADE).updatedAt(PEOPLE_MADE);
    }

    private static MedicalReview review(String reviewer) {
        return new MedicalReview(reviewer, "MD", LocalDate.of(2026, 3, 1));
    }

    private long store(Article article) {
        return database.jdbi().inTransaction(handle -> handle.attach(ArticleRepository.class).insertAll(
                List.of(Bylines.link(handle, article, PEOPLE_MADE)), Collections.singletonList(null), NOW, "test")
                .get(0));
    }

    private static void setContentUpdated(Handle handle, long id, Instant at) {
        handle.execute("UPDATE article SET content_updated_at = ? WHERE id = ?", at, id);
    }

    private String slugOf(String name) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT slug FROM person WHERE name = :name")
                .bind("name", name).mapTo(String.class).one());
    }

    private static Instant days(int offset) {
        return NOW.plus(Duration.ofDays(offset));
    }
}
