package com.healthpress.links;

import static com.healthpress.TestActors.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import com.healthpress.articles.ArticleService;
import com.healthpress.articles.RevisionService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.importer.ArticleImporter;
import com.healthpress.importer.ImportException;
import com.healthpress.revision.RestoreOutcome;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link index follows every write of an article on a real database (H2, or PostgreSQL on its run): saves, trash,
 * restore from the trash, emptying the trash, revision restore, import, and the backfill of older articles.
 */
class LinkGraphTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String SITE = "https://health.example.com";

    private Database database;
    private ArticleService articles;
    private LinkReports reports;
    private Clock clock;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        reports = new LinkReports(database.jdbi(), SITE, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Article publish(String slug, String body) {
        return articles.create(TestArticles.published("Article " + slug, NOW.minusSeconds(3600)).toBuilder()
                .slug(slug).body(body).build());
    }

    private List<String> linksFrom(long articleId) {
        return database.jdbi().withHandle(handle -> handle.attach(LinkRepository.class).listFrom(articleId)).stream()
                .map(link -> link.toSlug() + "×" + link.linkCount()).toList();
    }

    private List<String> brokenTargets() {
        return reports.brokenLinks("").rows().stream().map(LinkProblem::toPath).toList();
    }

    private List<String> orphanSlugs() {
        return reports.orphans("").rows().stream().map(LinkedArticle::slug).toList();
    }

    @Test
    void aSaveStoresTheLinksOfTheBodyAndTheNextSaveReplacesThem() {
        Article article = publish("source", "See [naps](/articles/naps), [naps again](/articles/naps#how) and "
                + "[sleep](" + SITE + "/articles/sleep).");
        assertEquals(List.of("naps×2", "sleep×1"), linksFrom(article.id()));

        articles.update(article.toBuilder().body("Now only [rest](/articles/rest).").build());

        assertEquals(List.of("rest×1"), linksFrom(article.id()));
    }

    @Test
    void trashingAnArticleTakesItsLinksOffTheReportAndRestoringItBringsThemBack() {
        Article target = publish("target", "No links.");
        Article source = publish("source", "Read [the target](/articles/target) and [a gap](/articles/missing).");
        assertEquals(List.of("/articles/missing"), brokenTargets());
        assertTrue(!orphanSlugs().contains("target"));

        articles.moveToTrash(source.id(), "test");
        assertEquals(List.of(), brokenTargets());
        assertTrue(orphanSlugs().contains("target"), "nothing public links to the target any more");

        articles.restoreFromTrash(source.id(), "test");
        assertEquals(List.of("/articles/missing"), brokenTargets());
        assertTrue(!orphanSlugs().contains("target"));
        assertEquals(List.of("target×1", "missing×1"), linksFrom(source.id()));
        assertEquals(List.of(), linksFrom(target.id()));
    }

    @Test
    void aLinkToAnArticleInTheTrashIsBrokenAndEmptyingTheTrashDeletesTheTrashedArticlesLinks() {
        Article target = publish("target", "Back to [the source](/articles/source).");
        Article source = publish("source", "Read [the target](/articles/target).");
        articles.moveToTrash(target.id(), "test");

        assertEquals(List.of("Article source"), reports.brokenLinks("").rows().stream()
                .map(link -> link.from().title()).toList());
        assertEquals("The article at this address is not public: in the trash.",
                reports.brokenLinks("").rows().get(0).reason());

        articles.emptyTrash();

        assertEquals(List.of(), linksFrom(target.id()));
        assertEquals(List.of("No article has this address."), reports.brokenLinks("").rows().stream()
                .map(LinkProblem::reason).toList());
        assertEquals(List.of("target×1"), linksFrom(source.id()));
    }

    @Test
    void restoringARevisionRestoresItsLinks() {
        Article article = publish("source", "First [naps](/articles/naps).");
        articles.update(article.toBuilder().body("Then [rest](/articles/rest).").build());
        assertEquals(List.of("rest×1"), linksFrom(article.id()));

        RestoreOutcome outcome = new RevisionService(database.jdbi(), articles).restore(article.id(), 1,
                admin("editor"));

        assertEquals(RestoreOutcome.RESTORED, outcome);
        assertEquals(List.of("naps×1"), linksFrom(article.id()));
    }

    @Test
    void anImportedArticleIsWhatALinkToItsAddressLeadsTo() throws ImportException, IOException {
        String slug = Slugs.fromTitle("How to Build a Sleep Routine That Eases Insomnia");
        Article source = publish("source", "Read [about sleep](/articles/" + slug + ").");
        assertEquals(List.of("/articles/" + slug), brokenTargets());

        Article imported = new ArticleImporter(articles, clock).importDocument(demoDocument("sleep-routine.txt"),
                true).article();

        assertEquals(slug, imported.slug());
        assertEquals(List.of(), brokenTargets());
        assertEquals(List.of(), linksFrom(imported.id()), "an imported text is shown as typed: it has no links");
        assertTrue(!orphanSlugs().contains(slug), "the source links to it");
        assertTrue(orphanSlugs().contains("source"), "nothing links to the source");
    }

    @Test
    void theBackfillReadsTheLinksOfArticlesStoredBeforeTheIndexAndCanStopAndGoOn() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < LinkBackfill.BATCH + 3; i++) {
            ids.add(publish("article-" + i, "Link to [next](/articles/article-" + (i + 1) + ").").id());
        }
        // As V31 leaves a database of earlier articles: no links stored, every article waiting.
        database.jdbi().useHandle(handle -> {
            handle.execute("DELETE FROM article_link");
            handle.execute("INSERT INTO article_link_pending (article_id) SELECT id FROM article");
        });
        LinkBackfill backfill = new LinkBackfill(database.jdbi());
        assertEquals(ids.size(), backfill.pending());

        assertEquals(LinkBackfill.BATCH, backfill.runBatch());
        assertEquals(3, backfill.pending());
        assertEquals(3, backfill.runToEnd());

        assertEquals(0, backfill.pending());
        assertEquals(0, backfill.runToEnd(), "once done, a start has nothing to do");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(List.of("article-" + (i + 1) + "×1"), linksFrom(ids.get(i)));
        }
        assertEquals(List.of("/articles/article-" + ids.size()), brokenTargets());
    }

    private static String demoDocument(String name) throws IOException {
        try (InputStream in = LinkGraphTest.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
