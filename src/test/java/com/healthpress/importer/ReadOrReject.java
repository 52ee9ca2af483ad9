package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * Reads a document the way the property tests demand: within {@link #TIME_LIMIT}, ending either in a document
 * whose warnings name lines of it, or in an {@link ImportException} that names a place in it and says what is
 * wrong. Anything else (another exception, an error, a rejection pointing nowhere, a hang) fails the test.
 *
 * <p>A place is a line of the document as an editor shows it (lines end at {@code \r\n}, {@code \r} or
 * {@code \n}, a leading byte-order mark is not text), from 1 to the number of lines, where text ending in a line
 * break has an empty last line; and a column on it, from 0 (the line as a whole) through 1 (its first character)
 * to its length in code points plus 1 (just after its last character, where a truncated document ends).
 */
final class ReadOrReject {

    /** Generous: a document of any size reads in milliseconds; only a super-linear path takes seconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    /**
     * Reads on a thread of its own, kept from one document to the next: assertTimeoutPreemptively starts a thread per
     * call, which costs more than reading most documents. Replaced when one is stuck.
     */
    private static Reader reader = new Reader();

    private ReadOrReject() {
    }

    /** The document as read, or empty when it was rejected cleanly. */
    static Optional<ParsedDocument> read(String document) {
        Outcome outcome = reader.read(document);
        List<String> lines = lines(document);
        if (outcome.rejection() != null) {
            assertNamesAPlace(outcome.rejection(), lines);
            return Optional.empty();
        }
        for (ImportWarning warning : outcome.read().warnings()) {
            assertTrue(warning.line() >= 1 && warning.line() <= lines.size(),
                    "the warning \"" + warning + "\" names no line of a document of " + lines.size() + " lines");
            assertFalse(warning.message().isBlank(), "a warning without a message at line " + warning.line());
        }
        return Optional.of(outcome.read());
    }

    /** The lines an editor shows. */
    static List<String> lines(String document) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private record Outcome(ParsedDocument read, ImportException rejection) {
    }

    private static final class Reader {

        private Thread thread;
        private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            thread = new Thread(task, "document-reader");
            thread.setDaemon(true);
            return thread;
        });

        Outcome read(String document) {
            Future<Outcome> outcome = executor.submit(() -> outcome(document));
            try {
                return outcome.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Reading ignores interrupts: leave the stuck thread behind, saying where it is stuck.
                AssertionFailedError tooSlow = new AssertionFailedError("reading the document took longer than "
                        + TIME_LIMIT.toSeconds() + " s; the stack trace is where the reader was then");
                tooSlow.setStackTrace(thread.getStackTrace());
                executor.shutdownNow();
                reader = new Reader();
                throw tooSlow;
            } catch (ExecutionException e) {
                // Reading threw something other than an ImportException: the failure to report, as it was thrown.
                if (e.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                if (e.getCause() instanceof Error thrown) {
                    throw thrown;
                }
                throw new AssertionFailedError("reading the document threw " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Outcome outcome(String document) {
        try {
            return new Outcome(DocumentParser.parse(document), null);
        } catch (ImportException rejection) {
            return new Outcome(null, rejection);
        }
    }

    private static void assertNamesAPlace(ImportException rejection, List<String> lines) {
        int line = rejection.line();
        String message = rejection.getMessage();
        assertTrue(line >= 1 && line <= lines.size(),
                "\"" + message + "\" names no line of a document of " + lines.size() + " lines");
        String text = lines.get(line - 1);
        int length = text.codePointCount(0, text.length());
        assertTrue(rejection.column() >= 0 && rejection.column() <= length + 1,
                "\"" + message + "\" names no column of line " + line + ", which is " + length + " characters long");
        assertFalse(rejection.problem() == null || rejection.problem().isBlank(),
                "\"" + message + "\" says no problem");
        String where = rejection.column() > 0 ? "line " + line + ", column " + rejection.column() : "line " + line;
        assertEquals(where + ": " + rejection.problem(), message);
    }
}
