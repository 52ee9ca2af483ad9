package com.healthpress.search;

import com.healthpress.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search on a real database (H2's full-text index, or PostgreSQL's text search on the PostgreSQL run). */
class SearchTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private Database database;
    private ArticleService articles;
    private Search search;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        search = new Search(database.jdbi(), database.dialect(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void titleMatchesRankAboveFaqQuestionMatchesAboveLeadOnlyMatches() {
        store("lead-only", "Living well every day", "How knee arthritis changes with the seasons.", List.of(), 1);
        store("in-question", "Moving more", "A plain lead.", List.of("Can knee arthritis be helped by walking?"), 2);
        store("in-title", "Managing knee arthritis at home", "A plain lead.", List.of(), 30);

        assertEquals(List.of("in-title", "in-question", "lead-only"), slugs(find("knee arthritis", 1)));
    }

    @Test
    void faqQuestionsAreSearched() {
        store("faq", "Morning routines", "Small habits for better mornings.", List.of("Does coffee affect tinnitus?"), 5);

        assertEquals(List.of("faq"), slugs(find("tinnitus", 1)));
    }

    @Test
    void onlyPublicArticlesAreFound() {
        store("visible", "Zebrafish and hearing research", "Lead.", List.of(), 5);
        articles.create(TestArticles.draft("Zebrafish draft").toBuilder().slug("draft").build());
        articles.create(TestArticles.published("Zebrafish scheduled", NOW.plusSeconds(3600)).toBuilder()
                .slug("scheduled").build());
        Article trashed = articles.create(TestArticles.published("Zebrafish trashed", NOW.minusSeconds(60))
                .toBuilder().slug("trashed").build());
        articles.moveToTrash(trashed.id(), "test");

        SearchResults results = find("zebrafish", 1);

        assertEquals(List.of("visible"), slugs(results));
        assertEquals(1, results.total());
    }

    @Test
    void resultsArePagedTenAtATimeWithTheirCount() {
        for (int i = 0; i < 23; i++) {
            store("hydration-" + i, "Hydration tip " + i, "Lead.", List.of(), 60 + i);
        }

        SearchResults first = find("hydration", 1);
        SearchResults third = find("hydration", 3);
        Set<String> all = new HashSet<>(slugs(first));
        all.addAll(slugs(find("hydration", 2)));
        all.addAll(slugs(third));

        assertEquals(23, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(10, first.items().size());
        assertEquals(3, third.items().size());
        assertEquals(23, all.size());
        assertEquals("hydration-0", first.items().get(0).slug(), "equal ranks: the newest first");
        assertTrue(find("hydration", 4).isEmpty());
    }

    @Test
    void searchDocumentsFollowEveryEdit() {
        Article stored = store("edited", "Caring for dry skin", "Lead.", List.of(), 5);

        database.jdbi().useTransaction(handle -> articles.update(handle, stored.toBuilder()
                .title("Caring for sensitive skin").faq(List.of(new FaqItem("Is eczema contagious?", "No."))).build(),
                "test", "Edited"));

        assertEquals(List.of(), slugs(find("dry", 1)));
        assertEquals(List.of("edited"), slugs(find("sensitive", 1)));
        assertEquals(List.of("edited"), slugs(find("eczema", 1)));
    }

    @Test
    void matchesAreMarkedAndTheTextKeptWhole() {
        store("marked", "Stress & <b>sleep</b> at night", "Why stress keeps you awake.", List.of(), 5);

        SearchResult result = find("stress", 1).items().get(0);

        assertEquals("Stress & <b>sleep</b> at night", result.title().text());
        assertEquals(List.of("Stress"), result.title().parts().stream()
                .filter(Highlighted.Part::marked).map(Highlighted.Part::text).toList());
        assertTrue(result.snippet().parts().stream().anyMatch(p -> p.marked() && p.text().equalsIgnoreCase("stress")));
    }

    @Test
    void hostileQueriesFindNothingAndNeverFail() {
        store("plain", "Sleep basics", "Lead.", List.of(), 5);

        for (String query : List.of("<script>alert(1)</script>", "'; DROP TABLE article; --", "\"unbalanced",
                "a & | ! ( ) :* <-> \\", "NOT OR AND", "***", "%_%", "\u0000null", "\uE000sleep\uE001", "-sleep",
                "sleep:*", "😀 sleep", "' OR '1'='1", "))))(((( sleep")) {
            SearchResults results = search.find(SearchQuery.of(query), 1, 10);
            assertTrue(results.total() <= 1, query);
        }
    }

    @Test
    void theStopWordsAreTheOnesH2sIndexIgnores() {
        Assumptions.assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's full-text index only");

        String list = database.jdbi().withHandle(h -> h.createQuery("SELECT LIST FROM FT.IGNORELIST")
                .mapTo(String.class).one());

        assertEquals(SearchTerms.STOP_WORDS, Set.of(list.split(",")));
    }

    private Article store(String slug, String title, String lead, List<String> questions, int minutesAgo) {
        return articles.create(TestArticles.published(title, NOW.minus(Duration.ofMinutes(minutesAgo))).toBuilder()
                .slug(slug).lead(lead).body("## Overview\n\nText.")
                .faq(questions.stream().map(q -> new FaqItem(q, "An answer.")).toList()).build());
    }

    private SearchResults find(String query, int page) {
        return search.find(SearchQuery.of(query), page, 10);
    }

    private static List<String> slugs(SearchResults results) {
        return results.items().stream().map(SearchResult::slug).toList();
    }
}
