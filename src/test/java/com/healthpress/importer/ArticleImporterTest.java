package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.person.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing documents into a real database. */
class ArticleImporterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String SEED_SLUG = "strategies-navigating-sex-back-pain-relief-emotional";

    private TestDatabase database;
    private ArticleImporter importer;

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(Clock.fixed(NOW, ZoneOffset.UTC));
        importer = new ArticleImporter(database.articles(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void seedIsStoredAsADraftWithItsFaq() throws ImportException {
        ImportResult result = importer.importDocument(Documents.read("seed.txt"), false);
        Article stored = database.articles().findBySlug(SEED_SLUG).orElseThrow();

        assertEquals(SEED_SLUG, result.article().slug());
        assertEquals(List.of(), result.warnings());
        assertEquals(ArticleStatus.DRAFT, stored.status());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), stored.publishedAt());
        assertEquals("Site editorial team", stored.author().name());
        assertEquals(Author.Kind.Organization, stored.author().kind());
        assertTrue(stored.author().isLinked(), "the author's name became a record");
        assertEquals(5, stored.faq().size());
        assertTrue(stored.faq().get(1).answer().contains("“spooning”"));
        assertEquals(1, database.articleRows());
        assertEquals(5, database.faqRows());
    }

    @Test
    void everyReadValueIsStored() throws ImportException {
        ParsedDocument document = DocumentParser.parse(Documents.read("meta-wins.txt"));
        importer.importDocument(Documents.read("meta-wins.txt"), true);
        Article stored = database.articles().findBySlug("iron-deficiency-without-anaemia").orElseThrow();

        assertEquals(document.title(), stored.title());
        assertEquals(document.metaTitle(), stored.metaTitle());
        assertEquals(document.metaDescription(), stored.metaDescription());
        assertEquals(document.focusKeyword(), stored.focusKeyword());
        assertEquals(document.lead(), stored.lead());
        assertEquals(document.body(), stored.body());
        assertEquals(document.faq(), stored.faq());
        assertEquals(List.of("Block Editorial Desk", "Organization"),
                List.of(stored.author().name(), stored.author().kind().name()));
        assertEquals(List.of("https://example.org/desk"),
                database.people().find(stored.author().slug()).orElseThrow().sameAs(), "the https URL is a sameAs link");
        assertEquals(List.of("Dr. Amara Quist", "MD, Haematology", LocalDate.of(2026, 6, 30)),
                List.of(stored.review().reviewerName(), stored.review().credentials(), stored.review().lastReviewed()));
        assertEquals("Blood health", stored.topic());
        assertEquals(ArticleStatus.PUBLISHED, stored.status());
        assertEquals(Instant.parse("2026-03-01T08:30:00Z"), stored.publishedAt());
    }

    @Test
    void aDocumentsAuthorAndReviewerAreTheRecordsOfTheirNamesWithoutRegardToCaseOrSpaces() throws ImportException {
        Person desk = database.people().create(Person.named("block editorial DESK", Author.Kind.Organization));
        Person quist = database.people().create(Person.named("DR. AMARA QUIST", Author.Kind.Person));
        int people = database.people().all().size();

        Article stored = importer.importDocument(Documents.read("meta-wins.txt"), true).article();

        assertEquals(desk.id(), stored.author().personId());
        assertEquals(quist.id(), stored.review().reviewerId());
        assertEquals(people, database.people().all().size(), "no record was made");
    }

    @Test
    void hostileTextIsStoredExactly() throws ImportException {
        ParsedDocument document = DocumentParser.parse(Documents.read("hostile.txt"));
        Article stored = importer.importDocument(Documents.read("hostile.txt"), true).article();
        Article reread = database.articles().findBySlug(stored.slug()).orElseThrow();

        assertEquals("Safety of <script>alert(1)</script> Tags", reread.title());
        assertEquals(document.lead(), reread.lead());
        assertEquals(document.body(), reread.body());
        assertEquals(List.of(), database.people().find(reread.author().slug()).orElseThrow().sameAs(),
                "a script URL is no profile link");
        assertEquals(document.faq(), reread.faq());
    }

    @Test
    void publishingWithoutADatePublishesNow() throws ImportException {
        Article stored = importer.importDocument(Documents.read("no-faq.txt"), true).article();

        assertEquals(ArticleStatus.PUBLISHED, stored.status());
        assertEquals(NOW, stored.publishedAt());
        assertEquals(List.of(), stored.faq());
    }

    @Test
    void draftWithoutADateHasNoPublicationTime() throws ImportException {
        Article stored = importer.importDocument(Documents.read("no-faq.txt"), false).article();

        assertEquals(ArticleStatus.DRAFT, stored.status());
        assertNull(stored.publishedAt());
    }

    @Test
    void sameDocumentTwiceGetsANumberedSlug() throws ImportException {
        importer.importDocument(Documents.read("seed.txt"), false);
        Article second = importer.importDocument(Documents.read("seed.txt"), false).article();

        assertEquals(SEED_SLUG + "-2", second.slug());
        assertEquals(2, database.articleRows());
    }

    @Test
    void brokenDocumentWritesNothing() throws ImportException {
        importer.importDocument(Documents.read("no-faq.txt"), false);
        long articles = database.articleRows();
        long faqItems = database.faqRows();
        // Everything reads but the last value of the schema block, so a careless importer would have stored the rest.
        String broken = Documents.read("meta-wins.txt").replace("“iron-deficiency-without-anaemia”", "“Not A Slug”");

        assertThrows(ImportException.class, () -> importer.importDocument(broken, true));
        assertEquals(articles, database.articleRows());
        assertEquals(faqItems, database.faqRows());
    }

    @Test
    void aDocumentCutOffAfterItsLeadIsRejectedWhereTheLeadEndsAndWritesNothing() {
        List<String> lines = Documents.read("seed.txt").lines().toList();
        int leadLine = 57;
        String cutOff = String.join("\n", lines.subList(0, leadLine)) + "\n";

        ImportException error = assertThrows(ImportException.class, () -> importer.importDocument(cutOff, true));

        assertEquals(leadLine, error.line(), error.getMessage());
        assertEquals(lines.get(leadLine - 1).length() + 1, error.column(), error.getMessage());
        assertTrue(error.problem().startsWith("the article has no sections"), error.getMessage());
        assertEquals(0, database.articleRows());
    }

    @Test
    void anArticleTextWithParagraphsButNoSectionHeadingIsRejected() {
        String document = "Stretching After Desk Work\nA short lead about stretching.\nOne more paragraph of text.\n";

        ImportException error = assertThrows(ImportException.class, () -> importer.importDocument(document, false));

        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.problem().startsWith("the article has no sections"), error.getMessage());
        assertEquals(0, database.articleRows());
    }

    @Test
    void aSlugTheDocumentGivesThatIsTakenIsRejectedNamingTheSlugAndItsLine() throws ImportException {
        importer.importDocument(Documents.read("meta-wins.txt"), false);

        ImportException error = assertThrows(ImportException.class,
                () -> importer.importDocument(Documents.read("meta-wins.txt"), true));

        assertEquals(42, error.line(), error.getMessage());
        assertTrue(error.problem().contains("\"iron-deficiency-without-anaemia\" is taken"), error.getMessage());
        assertEquals(1, database.articleRows());
    }

    @Test
    void aTakenSlugIsNumberedWhenTheEditorAsksForANewOne() throws ImportException {
        importer.importDocument(Documents.read("meta-wins.txt"), false);

        Article second = importer.importDocument(Documents.read("meta-wins.txt"), false, TakenSlug.NUMBER,
                ArticleImporter.COMMAND_LINE).article();

        assertEquals("iron-deficiency-without-anaemia-2", second.slug());
        assertEquals(2, database.articleRows());
    }
}
