package com.healthpress.importer;

import java.time.Clock;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever reads also imports: no value of a readable document (its slug, the lengths of its texts, its dates,
 * the characters in them) makes the database refuse it. Each damaged document goes into one database of this
 * test run's kind (H2, or PostgreSQL in the PostgreSQL run), numbering a slug that an earlier one took. Seeded as
 * {@link AnyInputTest} is.
 */
class AnyInputImportTest {

    private static TestDatabase database;
    private static ArticleImporter importer;

    @BeforeContainer
    static void open() {
        database = TestDatabase.fresh(Clock.systemUTC());
        importer = new ArticleImporter(database.articles(), Clock.systemUTC());
    }

    @AfterContainer
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Property(tries = 100, seed = AnyInputTest.SEED)
    void documentsThatReadImport(@ForAll("damagedDocuments") DocumentInputs.Damaged damaged) throws ImportException {
        String text = damaged.text();
        Optional<ParsedDocument> read = ReadOrReject.read(text);
        if (read.isPresent()) {
            importer.importDocument(text, true, TakenSlug.NUMBER, ArticleImporter.COMMAND_LINE);
        }
        Statistics.collect(read.isPresent() ? "imported" : "rejected");
        Statistics.coverage(coverage -> coverage.check("imported").percentage(percent -> percent >= 30));
    }

    @Provide
    Arbitrary<DocumentInputs.Damaged> damagedDocuments() {
        return DocumentInputs.damagedDocuments(2, 7);
    }
}
