package com.healthpress.importer;

import com.healthpress.article.ArticleService;
import com.healthpress.storage.Database;
import java.nio.file.Path;
import java.time.Clock;

/** A fresh H2 file database in a directory of the test's own, with the article service on it. */
final class TestDatabase implements AutoCloseable {

    private final String url;
    private final Database database;
    private final ArticleService articles;

    private TestDatabase(String url, Clock clock) {
        this.url = url;
        this.database = Database.open(url);
        this.articles = new ArticleService(database.jdbi(), clock);
    }

    static TestDatabase in(Path directory, Clock clock) {
        return new TestDatabase("jdbc:h2:file:" + directory.resolve("db") + ";AUTO_SERVER=TRUE", clock);
    }

    String url() {
        return url;
    }

    ArticleService articles() {
        return articles;
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
