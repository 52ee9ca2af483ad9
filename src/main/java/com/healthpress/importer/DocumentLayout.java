package com.healthpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document split into its parts: the JSON-LD values at its start (optionally inside {@code <script>} tags
 * or ``` fences), the lines of article text, and the JSON object of its
 * {@code ===SCHEMA_JSON_START===} … {@code ===SCHEMA_JSON_END===} block (absent when it has none).
 */
record DocumentLayout(List<SourcedJson> leading, List<TextLine> text, int textLine, SourcedJson meta,
                      List<ImportWarning> warnings) {

    static final String START = "===SCHEMA_JSON_START===";
    static final String END = "===SCHEMA_JSON_END===";
    // Tried only from the first "=" of a run, and possessively: from every "=" and backtracking, n "=" took n² steps.
    private static final Pattern MARKER = Pattern.compile("(?<!=)=++[ \\t]*+SCHEMA_JSON_(START|END)[ \\t]*+=+",
            Pattern.CASE_INSENSITIVE);

    DocumentLayout {
        leading = List.copyOf(leading);
        text = List.copyOf(text);
        warnings = List.copyOf(warnings);
    }

    static DocumentLayout split(SourceText source) throws ImportException {
        requireText(source);
        Optional<SchemaBlock> block = schemaBlock(source);
        int textLimit = block.map(found -> found.start().begin()).orElse(source.length());

        List<SourcedJson> leading = new ArrayList<>();
        int pos = skipFiller(source, 0, textLimit);
        int jsonEnd = -1;
        while (pos < textLimit && (source.charAt(pos) == '{' || source.charAt(pos) == '[')) {
            TypographicJson.Read read = TypographicJson.read(source, pos, textLimit);
            leading.add(read.value());
            jsonEnd = read.end();
            pos = skipFiller(source, read.end(), textLimit);
            if (pos < textLimit && source.charAt(pos) == ',') {
                pos = skipFiller(source, pos + 1, textLimit);
            }
        }
        List<TextLine> text = source.lines(pos, textLimit).stream().filter(line -> !isFence(line.text())).toList();
        int textLine = jsonEnd < 0 ? 1 : Math.min(source.lineCount(), source.lineOf(jsonEnd) + 1);

        SourcedJson meta = SourcedJson.absent();
        List<ImportWarning> warnings = new ArrayList<>();
        if (block.isPresent()) {
            Marker start = block.get().start();
            Marker end = block.get().end();
            meta = readSchemaBlock(source, start.begin(), start.end(), end.begin());
            source.lines(end.end(), source.length()).stream()
                    .filter(after -> !isFence(after.text()))
                    .findFirst()
                    .ifPresent(after -> warnings.add(new ImportWarning(after.number(), "text after " + END
                            + " is ignored")));
        }
        return new DocumentLayout(leading, text, textLine, meta, warnings);
    }

    /** Where a schema block marker stands: its first offset and the offset after it. */
    private record Marker(int begin, int end) {
    }

    private record SchemaBlock(Marker start, Marker end) {
    }

    private static void requireText(SourceText source) throws ImportException {
        if (Characters.trim(source.text()).isEmpty()) {
            throw ImportException.atLine(1, "the document is empty (expected JSON-LD, then the article text)");
        }
        int nul = source.text().indexOf('\0');
        if (nul >= 0) {
            throw source.errorAt(nul, "the document contains a NUL character (expected a text file)");
        }
    }

    /** The one pair of schema block markers, if any; markers out of order or repeated are errors. */
    private static Optional<SchemaBlock> schemaBlock(SourceText source) throws ImportException {
        Marker start = null;
        Marker end = null;
        Matcher marker = MARKER.matcher(source.text());
        while (marker.find()) {
            boolean isStart = marker.group(1).toUpperCase(Locale.ROOT).equals("START");
            int line = source.lineOf(marker.start());
            if (start == null && !isStart) {
                throw ImportException.atLine(line, END + " has no matching " + START);
            }
            if (start != null && end == null && isStart) {
                throw ImportException.atLine(source.lineOf(start.begin()), START + " has no matching " + END);
            }
            if (end != null) {
                throw ImportException.atLine(line, "a second " + (isStart ? START : END)
                        + " (a document has one schema block)");
            }
            if (isStart) {
                start = new Marker(marker.start(), marker.end());
            } else {
                end = new Marker(marker.start(), marker.end());
            }
        }
        if (start != null && end == null) {
            throw ImportException.atLine(source.lineOf(start.begin()), START + " has no matching " + END);
        }
        return start == null ? Optional.empty() : Optional.of(new SchemaBlock(start, end));
    }

    private static SourcedJson readSchemaBlock(SourceText source, int marker, int from, int to) throws ImportException {
        int at = skipFiller(source, from, to);
        if (at >= to) {
            throw ImportException.atLine(source.lineOf(marker), "the " + START
                    + " block is empty (expected one JSON object before " + END + ")");
        }
        if (source.charAt(at) != '{') {
            throw source.errorAt(at, "expected \"{\" to start the JSON object of the " + START + " block");
        }
        TypographicJson.Read read = TypographicJson.read(source, at, to);
        int after = skipFiller(source, read.end(), to);
        if (after < to) {
            throw source.errorAt(after, "expected " + END + " after the JSON object of the schema block");
        }
        return read.value();
    }

    /** Skips spaces, ``` fence lines and {@code <script>} tags, which may wrap JSON-LD. */
    private static int skipFiller(SourceText source, int from, int limit) {
        String text = source.text();
        int pos = from;
        while (pos < limit) {
            char c = text.charAt(pos);
            if (Characters.isSpace(c)) {
                pos++;
            } else if (text.startsWith("```", pos)) {
                pos = Math.min(limit, source.lineEnd(pos));
            } else if (c == '<' && isScriptTag(text, pos)) {
                pos = Math.min(limit, text.indexOf('>', pos) + 1);
            } else {
                return pos;
            }
        }
        return limit;
    }

    private static boolean isScriptTag(String text, int pos) {
        int close = text.indexOf('>', pos);
        int lineEnd = text.indexOf('\n', pos);
        if (close < 0 || (lineEnd >= 0 && close > lineEnd)) {
            return false;
        }
        String tag = text.substring(pos, close + 1).toLowerCase(Locale.ROOT);
        return tag.startsWith("<script") || tag.startsWith("</script");
    }

    private static boolean isFence(String line) {
        return line.startsWith("```");
    }
}
