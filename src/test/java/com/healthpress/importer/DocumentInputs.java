package com.healthpress.importer;

import static com.healthpress.importer.DocumentEdit.KEYS;
import static com.healthpress.importer.DocumentEdit.visible;

import com.healthpress.importer.DocumentEdit.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Inputs for the importer's property tests: the real article documents, damaged the ways editors, word processors
 * and careless tools damage them, and random text built from the pieces of the document format. Every generator
 * shrinks, so a failing property reports a small input.
 */
final class DocumentInputs {

    /** The test documents and the demo articles by file name (not the index.txt files, which list documents). */
    static final Map<String, String> REAL = realDocuments();

    private static final int MAX_POSITION = 1 << 20;
    private static final int[] LIMITS = {60, 100, 120, 160, 200, 300, 1_000, 10_000, 20_000};

    private DocumentInputs() {
    }

    /** A real document after some edits. */
    record Damaged(String name, List<DocumentEdit> edits) {

        String text() {
            String text = REAL.get(name);
            for (DocumentEdit edit : edits) {
                text = edit.applyTo(text);
            }
            return text;
        }

        @Override
        public String toString() {
            return name + " after " + edits;
        }
    }

    /**
     * Real documents after one to {@code maxEdits} edits of every kind; {@code valueWeight} is how often an edit sets
     * the value of a key (out of 10), the edit that most often leaves a document readable.
     */
    static Arbitrary<Damaged> damagedDocuments(int maxEdits, int valueWeight) {
        Arbitrary<Integer> positions = positions();
        Arbitrary<DocumentEdit> otherEdits = Combinators.combine(Arbitraries.of(Arrays.stream(Kind.values())
                        .filter(kind -> kind != Kind.SET_VALUE).toList()), positions, positions, fragments())
                .as(DocumentEdit::new);
        // Dates are checked where they are read, and only one key of many holds a stored one: weighted up.
        Arbitrary<Integer> keys = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(KEYS.indexOf("datePublished"))),
                Tuple.of(2, Arbitraries.just(KEYS.indexOf("last_reviewed"))),
                Tuple.of(KEYS.size(), Arbitraries.integers().between(0, KEYS.size() - 1)));
        Arbitrary<DocumentEdit> valueEdits = keys.flatMap(key ->
                Combinators.combine(positions, valuesFor(KEYS.get(key)))
                        .as((at, value) -> new DocumentEdit(Kind.SET_VALUE, at, key, value)));
        Arbitrary<DocumentEdit> edits = Arbitraries.frequencyOf(Tuple.of(valueWeight, valueEdits),
                Tuple.of(10 - valueWeight, otherEdits));
        return Combinators.combine(Arbitraries.of(REAL.keySet()), edits.list().ofMinSize(1).ofMaxSize(maxEdits))
                .as(Damaged::new);
    }

    /**
     * Text of any kind: pieces of the format (quotes, braces, markers, escapes, headings, list marks), words, lines
     * of the real documents, arbitrary UTF-16 (control characters, lone surrogates) and now and then a long run.
     */
    static Arbitrary<String> randomText() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> realLines = Arbitraries.of(REAL.values().stream()
                .flatMap(document -> Arrays.stream(document.split("\n")))
                .distinct().sorted().toList());
        Arbitrary<String> tokens = Arbitraries.frequencyOf(
                Tuple.of(6, fragments()),
                Tuple.of(3, words.map(word -> word + " ")),
                Tuple.of(2, realLines.map(line -> line + "\n")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(1, values()));
        return Arbitraries.frequencyOf(
                Tuple.of(6, tokens.list().ofMaxSize(120).map(list -> String.join("", list))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(400)),
                Tuple.of(1, Arbitraries.strings().withChars("“”\"{}[],:\\\n\t =#-*1.?<>`\r\uFEFF")
                        .ofMaxLength(400)));
    }

    /** The seed document with one more line, of a prefix, {@code count} repeats of a unit and a suffix. */
    record LongRun(int place, String prefix, String unit, int count, String suffix) {

        String text() {
            List<String> lines = new ArrayList<>(Arrays.asList(REAL.get("documents/seed.txt").split("\n", -1)));
            lines.add(place, prefix + unit.repeat(count) + suffix);
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            return "documents/seed.txt with, as line " + (place + 1) + ", " + visible(prefix) + " + " + count + " × "
                    + visible(unit) + " + " + visible(suffix);
        }
    }

    /**
     * Long runs in the seed document: inside its leading JSON-LD (bare, and in a string), and at the end of its text
     * (bare, and after each kind of line start), each unit with each ending. On these, a backtracking regular
     * expression or a loop that looks ahead from every character takes quadratic time or worse. Reading JSON costs
     * less per character than reading text lines, so the runs there are four times as long for quadratic work to
     * show as clearly.
     */
    static Arbitrary<LongRun> longRuns(int count) {
        List<String> lines = Arrays.asList(REAL.get("documents/seed.txt").split("\n", -1));
        int textEnd = lines.indexOf(DocumentLayout.START);
        List<LongRun> runs = new ArrayList<>();
        for (String unit : List.of(" ", "=", ".", "?", "\n", "#", "*", "“", "\"")) {
            for (String prefix : List.of("", "“meta_title”: “")) {
                for (String suffix : List.of("", "b", "”,")) {
                    runs.add(new LongRun(1, prefix, unit, 4 * count, suffix));
                }
            }
            for (String prefix : List.of("", "# a", "- ", "1. ", "FAQ about ", "Q:")) {
                for (String suffix : List.of("", "b", "x\u2028b")) {
                    runs.add(new LongRun(textEnd, prefix, unit, count, suffix));
                }
            }
        }
        return Arbitraries.of(runs);
    }

    /** Short pieces that the format gives a meaning to, and characters that editors and tools leave behind. */
    static Arbitrary<String> fragments() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("“", "”", "\"", ",", ":", "{", "}", "[", "]", "\\", "\n", "\n\n", " ",
                        "“: ”", "”,\n“", "}{", "},{", "#", "## ", "- ", "1. ", "**", "?", "FAQ\n", "<script>",
                        "</script>", "```\n", "@graph", "@type", "“@type”: “FAQPage”", "mainEntity")),
                Tuple.of(2, Arbitraries.of(DocumentLayout.START, DocumentLayout.END, "\n" + DocumentLayout.END + "\n",
                        "=== schema_json_start ===", "====")),
                Tuple.of(2, Arbitraries.of("\\u0000", "\\ud800", "\\uDC00", "\\u201c", "\\n", "\\x", "\\“", "\\u12",
                        "\\\"")),
                Tuple.of(3, Arbitraries.of("\uFEFF", "\u00A0", "\u200B", "\u202F", "\u2028", "\u0085", "\r", "\t",
                        "\u0001", "\u001F", "\u007F", "\uD83D\uDE00", "\uD800", "\uDFFF", "’", "«", "ﷺ", "é")),
                Tuple.of(1, Combinators.combine(Arbitraries.of(" ", "=", ".", "“", "\"", "#", "a", "\n", "{", "["),
                        Arbitraries.integers().between(2, 3_000)).as(String::repeat)));
    }

    /** Values for a key: dates for the dates, otherwise {@link #values()}. */
    static Arbitrary<String> valuesFor(String key) {
        if (key.equals("datePublished") || key.equals("last_reviewed")) {
            return Arbitraries.frequencyOf(Tuple.of(4, dates()), Tuple.of(1, values()));
        }
        return values();
    }

    /**
     * Values for keys: texts just under and over every length limit (in letters, accented letters, characters
     * outside the Basic Multilingual Plane and ones that Unicode normalisation lengthens), texts with escapes in
     * them, slugs and topics, dates. The escape likeliest to cause trouble comes first, so jqwik tries it as an edge
     * case.
     */
    static Arbitrary<String> values() {
        Arbitrary<String> units = Arbitraries.of("a", "ab ", "é", "\uD83D\uDE00", "ﷺ", "1-");
        Arbitrary<String> limitTexts = Combinators.combine(units,
                        Arbitraries.of(Arrays.stream(LIMITS).boxed().toList()), Arbitraries.integers().between(-1, 1))
                .as((unit, limit, delta) -> unit.repeat(limit + delta).substring(0, limit + delta));
        Arbitrary<String> escaped = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8),
                        Arbitraries.of("\\u0000", "\\ud800", "\\udc00", "\\u0001", "\\u007f", "\\uFEFF", "\\\\",
                                "\\n", "\\t", "\\u201c", "\\x", "\\"),
                        Arbitraries.strings().alpha().ofMaxLength(8))
                .as((before, escape, after) -> before + escape + after);
        return Arbitraries.frequencyOf(
                Tuple.of(3, limitTexts),
                Tuple.of(3, escaped),
                Tuple.of(2, Arbitraries.of("", " ", "sleep", "Sleep & Rest", "a-b", "A Slug", "ﷺ", "---", "🙂",
                        "javascript:alert(1)", "Dr. Amara Quist")),
                Tuple.of(1, dates()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
                Tuple.of(1, fragments()));
    }

    /** ISO dates and date-times with years anywhere from far before year 1 to far after 9999. */
    static Arbitrary<String> dates() {
        Arbitrary<Integer> years = Arbitraries.oneOf(
                Arbitraries.integers().between(-1_000, 12_000),
                Arbitraries.integers().between(-999_999_999, -10_000).withDistribution(RandomDistribution.uniform()),
                Arbitraries.integers().between(10_000, 999_999_999).withDistribution(RandomDistribution.uniform()));
        Arbitrary<String> offsets = Arbitraries.of("Z", "+01:00", "-05:00", "+18:00", "-18:00");
        return Combinators.combine(years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                        Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)), offsets)
                .as((year, month, day, withTime, offset) -> String.format("%s-%02d-%02d", isoYear(year), month, day)
                        + (withTime ? "T23:30:00" + offset : ""));
    }

    /** Offsets anywhere in a document: uniform, where jqwik's default would crowd them at its start. */
    private static Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, MAX_POSITION).withDistribution(RandomDistribution.uniform());
    }

    /** How ISO 8601 writes a year: four digits, with a sign when negative or longer. */
    private static String isoYear(int year) {
        if (year < 0) {
            return String.format("-%04d", -(long) year);
        }
        return year > 9_999 ? "+" + year : String.format("%04d", year);
    }

    private static Map<String, String> realDocuments() {
        Map<String, String> documents = new TreeMap<>();
        for (String directory : List.of("documents", "demo")) {
            try (Stream<Path> files = Files.list(resourceDirectory(directory))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    if (!file.getFileName().toString().equals("index.txt")) {
                        documents.put(directory + "/" + file.getFileName(),
                                Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(documents);
    }

    private static Path resourceDirectory(String name) {
        URL index = DocumentInputs.class.getClassLoader().getResource(name + "/index.txt");
        if (index == null) {
            throw new IllegalStateException("no " + name + "/index.txt on the class path");
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
