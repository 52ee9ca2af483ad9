package com.healthpress.articles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.healthpress.QueryPlans;
import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import com.healthpress.storage.Dialect;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of a listing reads its rows in an index's order and stops after one page, however many articles
 * there are: H2 says so in its plan ("index sorted"). Without it H2 sorts every public article on each uncached
 * listing, feed, related-articles box and 404 page, which took seconds with 100,000 articles. PostgreSQL reads
 * an index backwards by itself.
 */
class ListingQueryPlansTest {

    private static final String ALL = ArticleRepository.LISTED;
    private static final String TOPIC = ArticleRepository.LISTED_IN_TOPIC;
    private static final String PERSON = ArticleRepository.LISTED_BY_PERSON;
    private static final String OLDER = ArticleRepository.OLDER;
    private static final String NEWER = ArticleRepository.NEWER;

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("newest", ALL + ArticleRepository.NEWEST_FIRST),
                Arguments.of("oldest", ALL + ArticleRepository.OLDEST_FIRST),
                Arguments.of("older", ALL + OLDER + ArticleRepository.NEWEST_FIRST),
                Arguments.of("newer", ALL + NEWER + ArticleRepository.OLDEST_FIRST),
                Arguments.of("newest in topic", TOPIC + ArticleRepository.NEWEST_FIRST_IN_TOPIC),
                Arguments.of("oldest in topic", TOPIC + ArticleRepository.OLDEST_FIRST_IN_TOPIC),
                Arguments.of("older in topic", TOPIC + OLDER + ArticleRepository.NEWEST_FIRST_IN_TOPIC),
                Arguments.of("newer in topic", TOPIC + NEWER + ArticleRepository.OLDEST_FIRST_IN_TOPIC),
                Arguments.of("newest by a person", PERSON + ArticleRepository.NEWEST_FIRST_BY_PERSON),
                Arguments.of("oldest by a person", PERSON + ArticleRepository.OLDEST_FIRST_BY_PERSON),
                Arguments.of("older by a person", PERSON + OLDER + ArticleRepository.NEWEST_FIRST_BY_PERSON),
                Arguments.of("newer by a person", PERSON + NEWER + ArticleRepository.OLDEST_FIRST_BY_PERSON),
                Arguments.of("feed", ArticleRepository.LATEST_PUBLIC),
                Arguments.of("admin list", ArticleRepository.ADMIN_LIST),
                Arguments.of("sitemap file", ArticleRepository.PUBLIC_IN_ID_RANGE),
                Arguments.of("the Content API's changes", ArticleRepository.CHANGED));
    }

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(TestDatabases.fresh());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theListingReadsOnePageInIndexOrder(String name, String query) {
        assumeFalse(database.dialect() == Dialect.POSTGRESQL, "H2's planner only");
        Instant at = Instant.parse("2026-06-01T12:00:00Z");
        String plan = QueryPlans.plan(database, query, explained -> explained
                .bind("now", at).bind("upper", at).bind("at", at).bind("id", 42L).bind("topicSlug", "sleep")
                .bind("limit", 11).bind("offset", 0).bind("status", "all").bind("search", "").bind("pattern", "%")
                .bind("first", 1L).bind("last", 50_000L).bind("personId", 7L).define("role", "reviewer_id")
                .bind("since", at.minusSeconds(86_400)).bind("authorId", 0L));
        assertTrue(plan.contains(QueryPlans.INDEX_SORTED), name + ":\n" + plan);
    }
}
