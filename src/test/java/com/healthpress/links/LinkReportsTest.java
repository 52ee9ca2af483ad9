package com.healthpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link report on a real database: orphans, broken links, old addresses, and its pages. */
class LinkReportsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String SITE = "https://health.example.com";

    private Database database;
    private ArticleService articles;
    private LinkReports reports;
    private int published;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        reports = new LinkReports(database.jdbi(), SITE, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A public article, each published a minute after the one before. */
    private Article publish(String slug, String body) {
        published++;
        return articles.create(TestArticles.published("Article " + slug, NOW.minusSeconds(86_400 - 60L * published))
                .toBuilder().slug(slug).body(body).build());
    }

    private List<String> orphans() {
        return reports.orphans("").rows().stream().map(LinkedArticle::slug).toList();
    }

    private List<String> problems(ReportPage<LinkProblem> page) {
        return page.rows().stream().map(link -> link.from().slug() + " → " + link.toPath() + ": " + link.reason())
                .toList();
    }

    @Test
    void anOrphanIsAPublicArticleNoOtherPublicArticleLinksTo() {
        publish("linked", "A link to [myself](/articles/linked) does not count.");
        publish("orphan", "Read [the linked one](/articles/linked).");
        publish("linked-from-a-draft-only", "No links.");
        articles.create(TestArticles.draft("A draft").toBuilder().slug("draft")
                .body("[x](/articles/linked-from-a-draft-only)").build());
        articles.create(TestArticles.draft("Unlinked draft").toBuilder().slug("unlinked-draft").build());

        assertEquals(List.of("orphan", "linked-from-a-draft-only"), orphans());
        ReportPage<LinkedArticle> page = reports.orphans("");
        assertEquals("Article orphan", page.rows().get(0).title());
        assertFalse(page.hasNext());
    }

    @Test
    void absoluteLinksCountOnlyWithTheSitesOwnHost() {
        publish("by-absolute-link", "No links.");
        publish("by-other-host", "No links.");
        publish("source", "[a](https://HEALTH.example.com/articles/by-absolute-link?x=1) "
                + "[b](https://elsewhere.example.org/articles/by-other-host) "
                + "[c](https://elsewhere.example.org/articles/missing-elsewhere)");

        assertEquals(List.of("by-other-host", "source"), orphans());
        assertEquals(List.of(), problems(reports.brokenLinks("")));
    }

    @Test
    void aLinkToAnOldAddressReachesTheArticleAndIsListedApartFromBrokenLinks() {
        Article renamed = publish("old-name", "No links.");
        articles.update(renamed.toBuilder().slug("new-name").build());
        publish("source", "Read [the renamed one](/articles/old-name).");

        assertEquals(List.of("source"), orphans());
        assertEquals(List.of(), problems(reports.brokenLinks("")));
        ReportPage<LinkProblem> old = reports.oldAddresses("");
        assertEquals(List.of("source → /articles/old-name: An old address: it redirects to /articles/new-name."),
                problems(old));
        assertEquals("new-name", old.rows().get(0).leadsTo().slug());
        assertEquals("the renamed one", old.rows().get(0).anchorText());
    }

    @Test
    void brokenLinksLeadToNoArticleOrToADraftAScheduledOrATrashedOneAndSayWhich() {
        articles.create(TestArticles.draft("Draft").toBuilder().slug("a-draft").build());
        articles.create(TestArticles.published("Later", NOW.plusSeconds(86_400)).toBuilder().slug("scheduled").build());
        Article trashed = publish("trashed", "No links.");
        articles.moveToTrash(trashed.id(), "test");
        publish("fine", "No links.");
        publish("source", "[a](/articles/a-draft) [b](/articles/scheduled) [c](/articles/trashed) "
                + "[d](/articles/nowhere) [e](/articles/nowhere) [f](/articles/fine)");
        articles.create(TestArticles.draft("Draft source").toBuilder().slug("draft-source")
                .body("[g](/articles/nowhere-either)").build());

        ReportPage<LinkProblem> page = reports.brokenLinks("");

        assertEquals(List.of(
                "source → /articles/a-draft: The article at this address is not public: draft.",
                "source → /articles/scheduled: The article at this address is not public: scheduled.",
                "source → /articles/trashed: The article at this address is not public: in the trash.",
                "source → /articles/nowhere: No article has this address.",
                "draft-source → /articles/nowhere-either: No article has this address."), problems(page));
        assertEquals(2, page.rows().get(3).linkCount());
        assertEquals("d", page.rows().get(3).anchorText());
        assertEquals("draft", page.rows().get(4).fromState());
        assertEquals("published", page.rows().get(0).fromState());
    }

    @Test
    void pagesGoOnWhereTheLastEndedAndStopAtTheirBudgetOfChecks() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < LinkReports.PAGE_SIZE + 5; i++) {
            all.add(publish("orphan-" + i, "[broken " + i + "](/articles/gone-" + i + ")").slug());
        }
        ReportPage<LinkedArticle> first = reports.orphans("");
        assertEquals(LinkReports.PAGE_SIZE, first.rows().size());
        assertTrue(first.hasNext());
        ReportPage<LinkedArticle> second = reports.orphans(first.next());
        assertEquals(5, second.rows().size());
        assertFalse(second.hasNext());
        List<String> seen = new ArrayList<>(first.rows().stream().map(LinkedArticle::slug).toList());
        second.rows().forEach(article -> seen.add(article.slug()));
        assertEquals(all, seen);

        ReportPage<LinkedArticle> budgeted = reports.orphans("", 3);
        assertEquals(3, budgeted.rows().size());
        assertEquals(3, budgeted.checked());
        assertTrue(budgeted.stoppedAtBudget() && budgeted.hasNext());
        assertEquals(all.subList(3, 6), reports.orphans(budgeted.next(), 3).rows().stream()
                .map(LinkedArticle::slug).toList());

        ReportPage<LinkProblem> links = reports.brokenLinks("");
        assertEquals(LinkReports.PAGE_SIZE, links.rows().size());
        assertEquals(5, reports.brokenLinks(links.next()).rows().size());
        assertFalse(reports.brokenLinks(links.next()).hasNext());
        assertEquals(List.of("/articles/gone-2"), reports.problems("", LinkScanRow.Kind.BROKEN, 3).rows().stream()
                .skip(2).map(LinkProblem::toPath).toList());
    }

    @Test
    void aMalformedCursorStartsAtTheBeginning() {
        publish("orphan", "No links.");
        assertEquals(List.of("orphan"), reports.orphans("not-a-cursor").rows().stream()
                .map(LinkedArticle::slug).toList());
        assertEquals(0, reports.brokenLinks("x-y").rows().size());
    }
}
