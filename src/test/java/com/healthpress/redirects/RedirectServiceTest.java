package com.healthpress.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The redirects' writes on a real database: the rules hold across rows, and every write reaches the live table. */
class RedirectServiceTest {

    private Database database;
    private ChangeFeed changes;
    private LiveRedirects live;
    private RedirectService redirects;
    private final List<Set<String>> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        changes = new ChangeFeed(database.jdbi(), Clock.systemUTC());
        live = new LiveRedirects();
        redirects = new RedirectService(database.jdbi(), Clock.systemUTC(), changes,
                new RedirectAddresses("https://health.example.org"), live);
        changes.subscribe(redirects::refreshAfter);
        changes.subscribe(heard::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSaveIsAnsweredAtOnceAndTellsEveryInstance() {
        assertNull(live.find("/old", null));

        RedirectSave saved = redirects.save(null, new RedirectForm("/old/", "/new", "301"), "editor");

        assertInstanceOf(RedirectSave.Saved.class, saved);
        assertEquals("/new", live.find("/old", null).to());
        assertEquals(List.of(Set.of(RedirectService.TAG)), heard);
    }

    @Test
    void aChainIsCollapsedInTheTableAndALoopLeavesItAsItWas() {
        redirects.save(null, new RedirectForm("/a", "/b", "301"), "editor");
        RedirectSave next = redirects.save(null, new RedirectForm("/b", "/c", "302"), "editor");

        assertEquals(new RedirectSave.Saved(new Redirect("/b", "/c", RedirectStatus.FOUND), false, 1), next);
        assertEquals("/c", live.find("/a", null).to());
        RedirectSave loop = redirects.save(null, new RedirectForm("/c", "/a", "301"), "editor");
        assertTrue(((RedirectSave.Refused) loop).errors().get("to").contains("/c → /a → /c"));
        assertEquals(2, redirects.list().size());
    }

    @Test
    void aLoopThroughAnArticlesOldAddressIsRefused() {
        ArticleService articles = new ArticleService(database.jdbi(), Clock.systemUTC(), changes);
        Article article = articles.create(TestArticles.published("Iron", Instant.now().minusSeconds(60)));
        articles.update(article.toBuilder().slug("iron-rich-foods").build());

        RedirectSave loop = redirects.save(null, new RedirectForm("/articles/iron-rich-foods",
                "/articles/" + article.slug(), "301"), "editor");

        assertTrue(((RedirectSave.Refused) loop).errors().get("to")
                .contains("/articles/iron-rich-foods → /articles/" + article.slug() + " → /articles/iron-rich-foods"));
        assertEquals(List.of("/articles/" + article.slug()),
                redirects.oldAddresses().stream().map(OldAddress::oldPath).toList());
    }

    @Test
    void anImportWithABadLineChangesNothingAndReportsEveryBadLine() {
        redirects.save(null, new RedirectForm("/kept", "/as-it-was", "301"), "editor");
        heard.clear();

        ImportReport report = redirects.importCsv("""
                /kept,/changed
                /x,/y,299
                /y,/x
                /x,/y
                /admin/x,/y
                """, "importer");

        assertEquals(List.of(
                new RedirectCsv.Problem(2, "“299” is not a status a redirect can have: use 301, 302 or 410."),
                new RedirectCsv.Problem(4, "This would make a loop: /x → /y → /x. Change or delete one of them first."),
                new RedirectCsv.Problem(5, "/admin/x belongs to the site itself (the admin, static files, images, "
                        + "health checks or the API) and cannot be redirected.")), report.problems());
        assertEquals("/as-it-was", live.find("/kept", null).to());
        assertNull(live.find("/y", null));
        assertEquals(List.of(), heard, "no change event");
    }

    @Test
    void aGoodImportReplacesWhatItNamesAndCountsWhatChanged() {
        redirects.save(null, new RedirectForm("/kept", "", "410"), "editor");
        redirects.save(null, new RedirectForm("/to-kept", "/kept", "301"), "editor");

        ImportReport report = redirects.importCsv("/kept,/replaced\n/new,,410\n", "importer");

        assertEquals(new ImportReport(List.of(), 1, 2), report);
        assertEquals("/replaced", live.find("/to-kept", null).to(), "what led to a gone address moves on with it");
        assertEquals(410, live.find("/new", null).status().code());
        assertEquals(Map.of("/kept", "importer"), Map.of("/kept", redirects.list().stream()
                .filter(row -> row.fromPath().equals("/kept")).findFirst().orElseThrow().updatedBy()));
    }
}
