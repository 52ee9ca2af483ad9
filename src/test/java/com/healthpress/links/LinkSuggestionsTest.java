package com.healthpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.search.Search;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's link suggestions on a real database, found through its full-text index (H2's, or PostgreSQL's on
 * its run): which articles are suggested, with which sentence and words, and which never are.
 */
class LinkSuggestionsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String SITE = "https://health.example.com";
    private static final String BODY = """
            ## Why it matters

            Poor sleep raises the risk of high blood pressure over the years. Snoring can be a sign of sleep apnoea.

            ## What helps

            Regular exercise helps with sleep apnoea too. It lowers high blood pressure as well.
            """;

    private Database database;
    private ArticleService articles;
    private LinkSuggestions suggestions;
    private int published;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        suggestions = new LinkSuggestions(database.jdbi(), new Search(database.jdbi(), database.dialect(), clock),
                SITE, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Article publish(String slug, String title, String keyword) {
        published++;
        return articles.create(TestArticles.published(title, NOW.minusSeconds(86_400 - 60L * published)).toBuilder()
                .slug(slug).focusKeyword(keyword).body("Nothing to see.").build());
    }

    private Article edited(String body) {
        return articles.create(TestArticles.published("Sleep and your health", NOW.minusSeconds(7_200)).toBuilder()
                .slug("edited").focusKeyword("sleep health").body(body).build());
    }

    private static List<String> shown(List<LinkSuggestion> found) {
        return found.stream().map(s -> s.path() + " | " + s.before() + "[" + s.anchor() + "]" + s.after()).toList();
    }

    @Test
    void anArticleWhoseKeywordStandsInASentenceIsSuggestedWithThatSentenceAndTheMarkdown() {
        publish("sleep-apnoea", "Sleep apnoea explained", "sleep apnoea");
        Article article = edited(BODY);

        List<LinkSuggestion> found = suggestions.suggest(article, article.id());

        assertEquals(List.of("/articles/sleep-apnoea | Snoring can be a sign of [sleep apnoea]."), shown(found));
        assertEquals("[sleep apnoea](/articles/sleep-apnoea)", found.get(0).markdown());
        assertEquals("Its focus keyword, “sleep apnoea”", found.get(0).reason());
        assertEquals("Sleep apnoea explained", found.get(0).title());
    }

    /** "High blood pressure" stands twice in the body: a phrase it repeats is one the index is asked about. */
    @Test
    void keywordFitsComeBeforeTitleFitsAndArticlesThatFitNoSentenceAreNotSuggested() {
        publish("bp-title", "High blood pressure explained", "");
        publish("apnoea", "Sleep apnoea explained", "sleep apnoea");
        publish("unrelated", "Sleep apnoea and driving rules", "driving rules");
        Article article = edited(BODY);

        assertEquals(List.of("/articles/apnoea | Snoring can be a sign of [sleep apnoea].",
                        "/articles/bp-title | Poor sleep raises the risk of [high blood pressure] over the years."),
                shown(suggestions.suggest(article, article.id())));
    }

    @Test
    void neitherItselfNorDraftsNorTrashedArticlesNorArticlesItLinksToAreSuggested() {
        Article linked = publish("linked", "Sleep apnoea: a guide", "sleep apnoea");
        Article absolute = publish("absolute", "Sleep apnoea in children", "sleep apnoea");
        Article renamed = publish("renamed-before", "Sleep apnoea at night", "sleep apnoea");
        articles.update(renamed.toBuilder().slug("renamed-after").build());
        Article trashed = publish("trashed", "Sleep apnoea and weight", "sleep apnoea");
        articles.moveToTrash(trashed.id(), "test");
        articles.create(TestArticles.draft("Sleep apnoea treatments").toBuilder().slug("draft")
                .focusKeyword("sleep apnoea").build());
        publish("suggested", "Sleep apnoea tests", "sleep apnoea");
        Article article = edited(BODY + "\nSee [the guide](/articles/linked), [for children](" + SITE
                + "/articles/absolute#top) and [at night](/articles/renamed-before).\n");

        assertEquals(List.of("/articles/suggested"), suggestions.suggest(article, article.id()).stream()
                .map(LinkSuggestion::path).toList());
        assertEquals(List.of(), suggestions.suggest(
                article.toBuilder().focusKeyword("sleep apnoea").title("Sleep apnoea tests").build(),
                articles.findBySlug("suggested").orElseThrow().id()).stream()
                .filter(s -> s.path().equals("/articles/suggested")).toList(), "never itself");
        assertTrue(linked.id() != absolute.id());
    }

    @Test
    void wordsThatAreALinkAlreadyAreNotOfferedAgain() {
        publish("apnoea", "Sleep apnoea explained", "sleep apnoea");
        publish("other", "Other", "other");
        Article article = edited("Read about [sleep apnoea](/articles/other) first. Sleep apnoea is common.");

        assertEquals(List.of("/articles/apnoea | [Sleep apnoea] is common."),
                shown(suggestions.suggest(article, article.id())));
    }

    @Test
    void atMostAHandfulAreSuggestedAndAtMostTwoForTheSameWords() {
        for (int i = 0; i < 12; i++) {
            publish("apnoea-" + i, "Sleep apnoea question " + i, "sleep apnoea");
        }
        Article article = edited(BODY);

        List<LinkSuggestion> found = suggestions.suggest(article, article.id());

        assertEquals(List.of("/articles/apnoea-11 | Snoring can be a sign of [sleep apnoea].",
                        "/articles/apnoea-10 | Snoring can be a sign of [sleep apnoea].",
                        "/articles/apnoea-9 | Regular exercise helps with [sleep apnoea] too.",
                        "/articles/apnoea-8 | Regular exercise helps with [sleep apnoea] too."),
                shown(found), "newest first; the same words for two articles at most, then the next place");
    }

    @Test
    void anArticleWithoutProseHasNoSuggestions() {
        publish("apnoea", "Sleep apnoea explained", "sleep apnoea");
        assertEquals(List.of(), suggestions.suggest(edited("## Sleep apnoea\n\n```\nsleep apnoea\n```"), 0));
    }
}
