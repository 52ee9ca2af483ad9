package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.article.Article;
import com.healthpress.article.Reference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A document's references (the block's "references") and the body's markers that cite them, imported together. */
class ImportedCitationsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String CITED = """
            {
            “@context”: “https://schema.org”,
            “@type”: “Article”,
            “headline”: “Better Sleep After Night Shifts”,
            “author”: { “@type”: “Person”, “name”: “Ada Moss” }
            }
            Better Sleep After Night Shifts
            Night shifts push sleep into daytime hours, when light and noise make it harder to stay asleep.
            Darkness Is the Priority
            Blackout blinds and an eye mask help the body treat daytime as night.[^1]
            Keep the Same Hours
            A fixed sleep window, even on days off, steadies the body clock.[^2] Bright light after waking helps.[^1]
            ===SCHEMA_JSON_START===
            {
            “meta_title”: “Sleeping After Night Shifts”,
            “references”: [
            { “title”: “Shift work and sleep”, “publisher”: “Sleep Foundation”, “year”: 2024,
              “url”: “https://www.sleepfoundation.org/shift-work-disorder”, “accessed”: “2026-01-15” },
            { “title”: “Circadian rhythm leaflet”, “year”: “2021” }
            ]
            }
            ===SCHEMA_JSON_END===
            """;

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
    void theReferencesAreStoredInOrderAndTheMarkersStayAsTyped() throws ImportException {
        Article imported = importer.importDocument(CITED, false).article();
        Article stored = database.articles().findBySlug(imported.slug()).orElseThrow();

        assertEquals(List.of(
                new Reference("Shift work and sleep", "Sleep Foundation", 2024,
                        "https://www.sleepfoundation.org/shift-work-disorder", LocalDate.of(2026, 1, 15)),
                new Reference("Circadian rhythm leaflet", null, 2021, null, null)), stored.references());
        assertTrue(stored.body().contains("steadies the body clock.[^2] Bright light after waking helps.[^1]"),
                stored.body());
    }

    @Test
    void aMarkerCitingAReferenceTheDocumentLacksIsRefusedAtItsLineAndNothingIsStored() {
        String document = CITED.replace("helps.[^1]", "helps.[^3]");

        ImportException error = assertThrows(ImportException.class, () -> importer.importDocument(document, false));

        assertEquals("line 12: [^3] cites no reference: there are only 2 references", error.getMessage());
        assertEquals(0, database.articleRows());
    }

    @Test
    void withoutReferencesEveryMarkerIsRefused() {
        String document = CITED.substring(0, CITED.indexOf("“references”")) + "“topic”: “Sleep”\n}\n"
                + "===SCHEMA_JSON_END===\n";

        ImportException error = assertThrows(ImportException.class, () -> importer.importDocument(document, false));

        assertEquals("line 10: [^1] cites no reference: there are no references", error.getMessage());
    }

    @Test
    void aReferenceWithoutATitleOrWithAnUnsafeUrlIsRefusedWhereItStands() {
        ImportException untitled = assertThrows(ImportException.class, () -> DocumentParser.parse(
                CITED.replace("“title”: “Circadian rhythm leaflet”, ", "")));
        assertEquals(19, untitled.line(), untitled.getMessage());
        assertTrue(untitled.problem().contains("needs a \"title\""), untitled.getMessage());

        ImportException unsafe = assertThrows(ImportException.class, () -> DocumentParser.parse(
                CITED.replace("https://www.sleepfoundation.org/shift-work-disorder", "javascript:alert(1)")));
        assertEquals(18, unsafe.line(), unsafe.getMessage());
        assertTrue(unsafe.problem().startsWith("\"url\" must start with https:// or http://"), unsafe.getMessage());
    }
}
