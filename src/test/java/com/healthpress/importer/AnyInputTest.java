package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the input, reading a document either succeeds or fails with an {@link ImportException}. */
class AnyInputTest {

    private static final List<String> DOCUMENTS = List.of("seed.txt", "straight-quotes.txt", "script-wrapped.txt",
            "meta-wins.txt", "lists.txt", "faq-differs.txt", "hostile.txt");
    private static final String TRICKY = "“”\"{}[],:\\\n\t =#-*1.?<>`";

    @Test
    void everyPrefixOfADocumentReadsOrFailsCleanly() {
        for (String name : DOCUMENTS) {
            String document = Documents.read(name);
            for (int end = 0; end <= document.length(); end += 7) {
                readOrReject(document.substring(0, end), name + " cut at " + end);
            }
        }
    }

    @Test
    void randomlyDamagedDocumentsReadOrFailCleanly() {
        Random random = new Random(20261125);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder document = new StringBuilder(Documents.read(DOCUMENTS.get(round % DOCUMENTS.size())));
            int edits = 1 + random.nextInt(6);
            for (int edit = 0; edit < edits && document.length() > 0; edit++) {
                int at = random.nextInt(document.length());
                switch (random.nextInt(3)) {
                    case 0 -> document.deleteCharAt(at);
                    case 1 -> document.insert(at, TRICKY.charAt(random.nextInt(TRICKY.length())));
                    default -> document.setCharAt(at, (char) random.nextInt(0x3000));
                }
            }
            readOrReject(document.toString(), "round " + round);
        }
    }

    @Test
    void randomGarbageReadsOrFailsCleanly() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder garbage = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                garbage.append(random.nextBoolean() ? TRICKY.charAt(random.nextInt(TRICKY.length()))
                        : (char) random.nextInt(0x250));
            }
            readOrReject(garbage.toString(), "garbage " + round);
        }
    }

    private static void readOrReject(String document, String description) {
        try {
            DocumentParser.parse(document);
        } catch (ImportException expected) {
            // a clean rejection
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
        }
    }
}
