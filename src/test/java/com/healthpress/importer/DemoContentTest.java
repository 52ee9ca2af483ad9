package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.healthpress.article.ArticleStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An empty database is filled with the shipped demo articles, through the importer; anything else is left alone. */
class DemoContentTest {

    private TestDatabase database;
    private ArticleImporter importer;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(Clock.systemUTC());
        importer = new ArticleImporter(database.articles(), Clock.systemUTC());
        log.start();
        ((Logger) LoggerFactory.getLogger(DemoContent.class)).addAppender(log);
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger(DemoContent.class)).detachAppender(log);
        database.close();
    }

    @Test
    void emptyDatabaseGetsEveryListedDocumentPublished() {
        DemoContent.loadIfEmpty(database.articles(), importer, "documents");

        assertEquals(2, database.articleRows());
        assertEquals(ArticleStatus.PUBLISHED,
                database.articles().findBySlug("stretching-after-desk-work").orElseThrow().status());
        assertEquals(ArticleStatus.PUBLISHED,
                database.articles().findBySlug("preparing-first-aid-kit-home").orElseThrow().status());
    }

    @Test
    void logsOneLinePerImportedArticleAndSaysWhatWasSkipped() {
        DemoContent.loadIfEmpty(database.articles(), importer, "documents");

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of(
                "Demo article no-faq.txt imported as /articles/stretching-after-desk-work",
                "Demo article lists.txt imported as /articles/preparing-first-aid-kit-home",
                "Demo article documents/missing.txt is listed in the index but missing: skipped",
                "Demo article documents/broken-demo.txt cannot be imported: line 3, column 13: unterminated string "
                        + "(expected a closing quote before the end of line 3)"), lines);
    }

    @Test
    void databaseWithArticlesIsLeftAlone() throws ImportException {
        importer.importDocument(Documents.read("seed.txt"), false);

        DemoContent.loadIfEmpty(database.articles(), importer, "documents");

        assertEquals(1, database.articleRows());
    }

    @Test
    void missingIndexIsLoggedAndSkipped() {
        DemoContent.loadIfEmpty(database.articles(), importer, "no-such-directory");

        assertEquals(0, database.articleRows());
        assertEquals(List.of("No no-such-directory/index.txt on the class path: no demo articles loaded"),
                log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void everyShippedDemoDocumentImportsWithoutWarnings() throws IOException, ImportException {
        List<String> names = shippedDocumentNames();
        for (String name : names) {
            String document = resource(DemoContent.DIRECTORY + "/" + name);
            assertNotNull(document, name + " is listed but missing");

            ImportResult result = importer.importDocument(document, true);

            assertEquals(List.of(), result.warnings(), name);
        }
        assertEquals(names.size(), database.articleRows(), "one article per document");
    }

    @Test
    void anEmptyDatabaseGetsTheFourShippedDemoArticlesPublished() throws IOException {
        List<String> names = shippedDocumentNames();

        DemoContent.loadIfEmpty(database.articles(), importer);

        assertEquals(4, names.size(), "the README promises four demo articles");
        assertEquals(names.size(), database.articleRows());
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(names.size(), lines.size(), lines.toString());
        for (int i = 0; i < names.size(); i++) {
            String prefix = "Demo article " + names.get(i) + " imported as /articles/";
            assertTrue(lines.get(i).startsWith(prefix), lines.get(i));
            String slug = lines.get(i).substring(prefix.length());
            assertEquals(ArticleStatus.PUBLISHED, database.articles().findBySlug(slug).orElseThrow().status(), slug);
        }
    }

    private static List<String> shippedDocumentNames() throws IOException {
        String index = resource(DemoContent.DIRECTORY + "/index.txt");
        assertNotNull(index, DemoContent.DIRECTORY + "/index.txt is not on the class path");
        return DemoContent.documentNames(index);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoContentTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
