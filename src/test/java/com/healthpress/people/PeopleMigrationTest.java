package com.healthpress.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.article.Author;
import com.healthpress.articles.ArticleService;
import com.healthpress.person.Person;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaAt;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The V15 migration turns every author and reviewer text of the articles into person records (on H2 and on
 * PostgreSQL) and links each article to its records, with nothing of the texts lost.
 */
class PeopleMigrationTest {

    @Test
    void everyAuthorAndReviewerTextBecomesOneRecordLinkedToItsArticles() {
        String url = TestDatabases.fresh();
        // The schema as V14 left it (the release before people), with articles bylined by text.
        SchemaAt.migrateOnlyTo(url, "14", handle -> {
            insertArticle(handle, 1, "Dr Jane Roe", "Person", "https://example.org/jane", "Dr Ann Lee", "MD");
            insertArticle(handle, 2, " dr jane roe", "Person", "http://example.org/insecure", "Dr Ann Lee",
                    "MD, FACP");
            insertArticle(handle, 3, "Health team", "Organization", null, null, null);
            insertArticle(handle, 4, "Dr Ann Lee", "Person", null, "Dr Jane Roe", null);
            insertArticle(handle, 5, "Health team", "Organization", "https://example.org/team", "  ", null);
        });

        try (Database database = Database.open(url)) {
            PeopleService people = new PeopleService(database.jdbi(), java.time.Clock.systemUTC());
            List<Person> all = people.all();
            assertEquals(List.of("Dr Ann Lee", "Dr Ann Lee", "Dr Jane Roe", "Health team"),
                    all.stream().map(Person::name).toList());
            Person jane = people.find("dr-jane-roe").orElseThrow();
            Person annMd = people.find("dr-ann-lee").orElseThrow();
            Person annFacp = people.find("dr-ann-lee-2").orElseThrow();
            Person team = people.find("health-team").orElseThrow();
            assertEquals(Author.Kind.Person, jane.kind());
            assertEquals(List.of("https://example.org/jane"), jane.sameAs());
            assertNull(jane.credentials());
            assertEquals("MD", annMd.credentials());
            assertEquals("MD, FACP", annFacp.credentials());
            assertEquals(Author.Kind.Organization, team.kind());
            assertEquals(List.of("https://example.org/team"), team.sameAs());

            ArticleService articles = new ArticleService(database.jdbi(), java.time.Clock.systemUTC(),
                    new com.healthpress.changes.ChangeFeed(database.jdbi(), java.time.Clock.systemUTC()));
            Map<Long, Article> byId = Map.of(
                    1L, articles.findById(1).orElseThrow(), 2L, articles.findById(2).orElseThrow(),
                    3L, articles.findById(3).orElseThrow(), 4L, articles.findById(4).orElseThrow(),
                    5L, articles.findById(5).orElseThrow());
            assertEquals(jane.id(), byId.get(1L).author().personId());
            assertEquals(annMd.id(), byId.get(1L).review().reviewerId());
            assertEquals(jane.id(), byId.get(2L).author().personId());
            assertEquals(annFacp.id(), byId.get(2L).review().reviewerId());
            assertEquals(team.id(), byId.get(3L).author().personId());
            assertNull(byId.get(3L).review());
            assertEquals(annMd.id(), byId.get(4L).author().personId());
            assertEquals(jane.id(), byId.get(4L).review().reviewerId());
            assertEquals(java.time.LocalDate.of(2026, 3, 1), byId.get(4L).review().lastReviewed());
            assertNull(byId.get(5L).review());
        }
    }

    private static void insertArticle(Handle handle, long id, String author, String kind, String url,
                                      String reviewer, String credentials) {
        handle.createUpdate("""
                INSERT INTO article (id, slug, title, meta_title, meta_description, focus_keyword, lead, body,
                    author_name, author_kind, author_url, reviewer_name, reviewer_credentials, last_reviewed, status,
                    created_at, updated_at, version)
                VALUES (:id, :slug, 'Title', '', '', '', '', '', :author, :kind, :url, :reviewer, :credentials,
                    DATE '2026-03-01', 'draft', TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00',
                    TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00', 1)
                """)
                .bind("id", id).bind("slug", "article-" + id).bind("author", author).bind("kind", kind)
                .bind("url", url).bind("reviewer", reviewer).bind("credentials", credentials)
                .execute();
    }
}
