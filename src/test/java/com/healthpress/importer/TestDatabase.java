package com.healthpress.importer;

import com.healthpress.TestDatabases;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.people.PeopleService;
import com.healthpress.storage.Database;
import java.time.Clock;

/** A test database ({@link TestDatabases}: H2, or PostgreSQL in the PostgreSQL run) with the article service on it. */
final class TestDatabase implements AutoCloseable {

    private final String url;
    private final Database database;
    private final ArticleService articles;
    private final PeopleService people;

    private TestDatabase(String url, Clock clock) {
        this.url = url;
        this.database = Database.open(url);
        this.articles = new ArticleService(database.jdbi(), clock, new ChangeFeed(database.jdbi(), clock));
        this.people = new PeopleService(database.jdbi(), clock);
    }

    /** A new, empty database. */
    static TestDatabase fresh(Clock clock) {
        return at(TestDatabases.fresh(), clock);
    }

    /** A second connection to the database at {@code url}, as another process would have. */
    static TestDatabase at(String url, Clock clock) {
        return new TestDatabase(url, clock);
    }

    String url() {
        return url;
    }

    ArticleService articles() {
        return articles;
    }

    PeopleService people() {
        return people;
    }

    long articleRows() {
        return count("SELECT COUNT(*) FROM article");
    }

    long faqRows() {
        return count("SELECT COUNT(*) FROM faq_item");
    }

    private long count(String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        database.close();
    }
}
