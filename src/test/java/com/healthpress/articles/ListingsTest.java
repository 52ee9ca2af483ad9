package com.healthpress.articles;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleSummary;
import com.healthpress.article.Cursor;
import com.healthpress.article.Listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.PageAt;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keyset pages on a real database: every public article exactly once, whichever way a reader walks. */
class ListingsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final int PAGE = 4;

    private Database database;
    private ArticleService articles;
    /** The public articles' slugs, newest first (ties in publication time: the higher id first). */
    private final List<String> expected = new ArrayList<>();
    private final List<String> expectedInSleep = new ArrayList<>();

    @BeforeEach
    void store() {
        database = Database.open(TestDatabases.fresh());
        articles = new ArticleService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC),
                new ChangeFeed(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC)));
        List<Article> stored = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            // Groups of three share a publication time, so ties cross page boundaries.
            Instant published = NOW.minus(Duration.ofHours(1 + i / 3)).plusNanos(123_456_000);
            String topic = i % 2 == 0 ? "Sleep" : "Skin";
            stored.add(articles.create(TestArticles.published("Listed article " + i, published).toBuilder()
                    .slug("listed-" + i).topic(topic).build()));
        }
        articles.create(TestArticles.draft("A draft").toBuilder().slug("draft").topic("Sleep").build());
        articles.create(TestArticles.published("Scheduled", NOW.plusSeconds(60)).toBuilder().slug("scheduled")
                .topic("Sleep").build());
        Article trashed = articles.create(TestArticles.published("Trashed", NOW.minus(Duration.ofMinutes(5)))
                .toBuilder().slug("trashed").topic("Sleep").build());
        articles.moveToTrash(trashed.id(), "test");

        stored.sort((a, b) -> a.publishedAt().equals(b.publishedAt())
                ? Long.compare(b.id(), a.id()) : b.publishedAt().compareTo(a.publishedAt()));
        for (Article article : stored) {
            expected.add(article.slug());
            if (article.topic().equals("Sleep")) {
                expectedInSleep.add(article.slug());
            }
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void walkingOlderFromTheNewestPageShowsEveryPublicArticleOnceInOrder() {
        List<String> seen = new ArrayList<>();
        Listing page = articles.latest(PageAt.newest(), PAGE);
        assertFalse(page.hasNewer());
        int pages = 1;
        while (true) {
            assertTrue(page.items().size() <= PAGE);
            page.items().forEach(item -> seen.add(item.slug()));
            if (!page.hasOlder()) {
                break;
            }
            page = articles.latest(parse(page.olderQuery()), PAGE);
            assertTrue(page.hasNewer());
            pages++;
        }
        assertEquals(expected, seen);
        assertEquals(5, pages);
    }

    @Test
    void walkingNewerFromTheOldestPageShowsEveryPublicArticleOnce() {
        List<String> seen = new ArrayList<>();
        Listing page = articles.latest(PageAt.oldest(), PAGE);
        assertFalse(page.hasOlder());
        while (true) {
            List<String> slugs = new ArrayList<>(page.items().stream().map(ArticleSummary::slug).toList());
            Collections.reverse(slugs);
            seen.addAll(slugs);
            if (!page.hasNewer()) {
                break;
            }
            page = articles.latest(parse(page.newerQuery()), PAGE);
            assertTrue(page.hasOlder());
        }
        Collections.reverse(seen);
        assertEquals(expected, seen);
    }

    @Test
    void pagesShowTheirArticlesNewestFirstWhicheverWayTheyWereFound() {
        Listing oldest = articles.latest(PageAt.oldest(), PAGE);

        assertEquals(expected.subList(expected.size() - PAGE, expected.size()),
                oldest.items().stream().map(ArticleSummary::slug).toList());
        assertTrue(oldest.hasNewer());
    }

    @Test
    void topicListingsWalkTheirOwnArticlesOnly() {
        List<String> seen = new ArrayList<>();
        Listing page = articles.latestInTopic("sleep", PageAt.newest(), PAGE);
        while (true) {
            page.items().forEach(item -> seen.add(item.slug()));
            if (!page.hasOlder()) {
                break;
            }
            page = articles.latestInTopic("sleep", parse(page.olderQuery()), PAGE);
        }
        assertEquals(expectedInSleep, seen);

        List<String> backwards = new ArrayList<>();
        page = articles.latestInTopic("sleep", PageAt.oldest(), PAGE);
        while (true) {
            List<String> slugs = new ArrayList<>(page.items().stream().map(ArticleSummary::slug).toList());
            Collections.reverse(slugs);
            backwards.addAll(slugs);
            if (!page.hasNewer()) {
                break;
            }
            page = articles.latestInTopic("sleep", parse(page.newerQuery()), PAGE);
        }
        Collections.reverse(backwards);
        assertEquals(expectedInSleep, backwards);
    }

    @Test
    void aCursorPastEitherEndFindsNothing() {
        Cursor beforeAll = new Cursor(Instant.parse("2000-01-01T00:00:00Z"), 1);
        Cursor afterAll = new Cursor(NOW.plus(Duration.ofDays(1)), 1);

        assertTrue(articles.latest(PageAt.before(beforeAll), PAGE).isEmpty());
        assertTrue(articles.latest(PageAt.after(afterAll), PAGE).isEmpty());
    }

    @Test
    void cursorsSurviveTheirAddressAndRefuseAnythingElse() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-02T08:15:30.123456Z"), 42);

        assertEquals(Optional.of(cursor), Cursor.parse(cursor.token()));
        assertEquals("2026-03-02T08:15:30.123456Z_42", cursor.token());
        for (String bad : List.of("", "42", "2026-03-02T08:15:30Z", "2026-03-02T08:15:30Z_0", "2026-13-02T08:15:30Z_1",
                "2026-03-02T08:15:30Z_-1", "2026-03-02T08:15:30+01:00_1", "2026-03-02T08:15:30Z_1 OR 1=1",
                "2026-03-02T08:15:30Z_99999999999999999999")) {
            assertEquals(Optional.empty(), Cursor.parse(bad), bad);
        }
        assertEquals(Optional.empty(), PageAt.fromQuery(cursor.token(), cursor.token(), null));
        assertEquals(Optional.empty(), PageAt.fromQuery(null, null, "yes"));
        assertEquals(Optional.of(PageAt.oldest()), PageAt.fromQuery(null, null, ""));
        assertEquals(Optional.of(PageAt.newest()), PageAt.fromQuery(null, null, null));
    }

    /** The page a link's query string names, as the handler reads it. */
    private static PageAt parse(String query) {
        String[] pair = query.substring(1).split("=", 2);
        return PageAt.fromQuery(pair[0].equals(PageAt.BEFORE) ? pair[1] : null,
                pair[0].equals(PageAt.AFTER) ? pair[1] : null, null).orElseThrow();
    }
}
