package com.healthpress.importer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the input, reading a document either succeeds or fails with an {@link ImportException} that names a
 * line and column of it and says what is wrong, and never takes long (see {@link ReadOrReject}).
 *
 * <p>The seed is fixed so that every build tries the same inputs and a failure shows again on the next run. To
 * explore others, change {@link #SEED} (or drop {@code seed = SEED} from a property) and run
 * {@code mvn test -Dtest=AnyInputTest}; a failing property prints its shrunk input and the seed it ran with.
 */
class AnyInputTest {

    static final String SEED = "20261125";

    @Property(tries = 3_000, seed = SEED)
    void randomTextReadsOrIsRejectedAtAPlaceInIt(@ForAll("randomText") String text) {
        Statistics.collect(ReadOrReject.read(text).isPresent() ? "read" : "rejected");
    }

    @Property(tries = 3_000, seed = SEED)
    void damagedDocumentsReadOrAreRejectedAtAPlaceInThem(@ForAll("damagedDocuments") DocumentInputs.Damaged document) {
        Statistics.collect(ReadOrReject.read(document.text()).isPresent() ? "read" : "rejected");
        // Edits that leave a document readable must be common, or this property checks only rejections.
        Statistics.coverage(coverage -> coverage.check("read").percentage(percent -> percent >= 20));
    }

    /** 216 documents with a line of 50,000 or 200,000 repeats: linear work takes milliseconds, quadratic minutes. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void longRunsOfOneThingReadInTime(@ForAll("longRuns") DocumentInputs.LongRun run) {
        ReadOrReject.read(run.text());
    }

    @Provide
    Arbitrary<String> randomText() {
        return DocumentInputs.randomText();
    }

    @Provide
    Arbitrary<DocumentInputs.Damaged> damagedDocuments() {
        return DocumentInputs.damagedDocuments(6, 3);
    }

    @Provide
    Arbitrary<DocumentInputs.LongRun> longRuns() {
        return DocumentInputs.longRuns(50_000);
    }
}
