package com.healthpress.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON that article documents carry, where “ and ” (and ") all delimit strings, into standard JSON
 * that Jackson then parses.
 *
 * <p>A quote inside a string is text unless JSON syntax needs a closing quote there (see {@link ClosingQuotes}):
 * typographic quotes inside values stay as they are and a straight one is escaped, so "the “spooning” position"
 * and "“rebound pain,” where" keep their quotes. A line break inside a string is kept as {@code \n} unless the next
 * line starts with JSON structure: then the string was never closed, and the error points at its opening quote.
 *
 * <p>Valid backslash escapes are kept, a backslash before a typographic quote makes that quote text, and any
 * other backslash is a literal backslash. Errors name the line and column in the original document.
 */
final class TypographicJson {

    static final int MAX_DEPTH = 64;
    private static final int MAX_NUMBER_LENGTH = 64;
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One JSON value read from a document: the repaired text, the parsed value and the offset after it. */
    record Read(String json, SourcedJson value, int end) {
    }

    private final SourceText source;
    private final String s;
    private final int limit;
    private final ClosingQuotes quotes;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> offsets = new HashMap<>();
    private int pos;

    private TypographicJson(SourceText source, int start, int limit) {
        this.source = source;
        this.s = source.text();
        this.limit = Math.min(limit, s.length());
        this.quotes = new ClosingQuotes(source, this.limit);
        this.pos = start;
    }

    /** Reads the one value starting at {@code start} (after any spaces), reading no further than {@code limit}. */
    static Read read(SourceText source, int start, int limit) throws ImportException {
        TypographicJson reader = new TypographicJson(source, start, limit);
        int valueStart = reader.skipSpaces(start);
        reader.value("", "a JSON value", 0, ClosingQuotes.Place.ITEM);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(reader.out.toString());
        } catch (JacksonException e) {
            // The repaired text is well-formed by construction; this catches only Jackson's own limits.
            throw source.errorAt(valueStart, "the JSON cannot be read: " + e.getOriginalMessage());
        }
        SourcedJson value = new SourcedJson(tree, "", new SourcedJson.Locations(source, reader.offsets, valueStart));
        return new Read(reader.out.toString(), value, reader.pos);
    }

    /** The standard JSON for a text holding one value with typographic quotes; errors as {@link #read}. */
    static String repair(String text) throws ImportException {
        SourceText source = SourceText.of(text);
        Read read = read(source, 0, source.length());
        int after = read.end();
        while (after < source.length() && Characters.isSpace(source.charAt(after))) {
            after++;
        }
        if (after < source.length()) {
            throw source.errorAt(after, "expected the end of the JSON after its value");
        }
        return read.json();
    }

    private void value(String pointer, String owner, int depth, ClosingQuotes.Place place) throws ImportException {
        pos = skipSpaces(pos);
        offsets.put(pointer, pos);
        if (pos >= limit) {
            throw source.errorAt(pos, "expected " + valueFor(owner) + ", but the JSON ends here");
        }
        char c = s.charAt(pos);
        if (c == '{') {
            object(pointer, depth + 1);
        } else if (c == '[') {
            array(pointer, owner, depth + 1);
        } else if (Characters.isQuote(c)) {
            string(place);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number(owner);
        } else if (!literal("true") && !literal("false") && !literal("null")) {
            throw source.errorAt(pos, "expected " + valueFor(owner));
        }
    }

    private void object(String pointer, int depth) throws ImportException {
        requireDepth(depth);
        pos++;
        out.append('{');
        pos = skipSpaces(pos);
        if (pos < limit && s.charAt(pos) == '}') {
            pos++;
            out.append('}');
            return;
        }
        boolean first = true;
        while (true) {
            pos = skipSpaces(pos);
            if (pos >= limit || !Characters.isQuote(s.charAt(pos))) {
                throw source.errorAt(pos, (first ? "expected a quoted key or \"}\"" : "expected a quoted key after \",\"")
                        + endNote());
            }
            String key = string(ClosingQuotes.Place.KEY);
            pos = skipSpaces(pos);
            if (pos >= limit || s.charAt(pos) != ':') {
                throw source.errorAt(pos, "expected \":\" after the key " + Quoting.shortQuote(key) + endNote());
            }
            pos++;
            out.append(':');
            value(pointer + "/" + escapePointer(key), Quoting.shortQuote(key), depth, ClosingQuotes.Place.MEMBER);
            pos = skipSpaces(pos);
            if (pos < limit && s.charAt(pos) == ',') {
                pos++;
                out.append(',');
                first = false;
            } else if (pos < limit && s.charAt(pos) == '}') {
                pos++;
                out.append('}');
                return;
            } else {
                throw source.errorAt(pos, "expected \",\" or \"}\" after the value of " + Quoting.shortQuote(key) + endNote());
            }
        }
    }

    private void array(String pointer, String owner, int depth) throws ImportException {
        requireDepth(depth);
        pos++;
        out.append('[');
        pos = skipSpaces(pos);
        if (pos < limit && s.charAt(pos) == ']') {
            pos++;
            out.append(']');
            return;
        }
        for (int index = 0; ; index++) {
            String item = "item " + (index + 1) + " of " + (owner.startsWith("\"") ? owner : "the array");
            value(pointer + "/" + index, item, depth, ClosingQuotes.Place.ITEM);
            pos = skipSpaces(pos);
            if (pos < limit && s.charAt(pos) == ',') {
                pos++;
                out.append(',');
            } else if (pos < limit && s.charAt(pos) == ']') {
                pos++;
                out.append(']');
                return;
            } else {
                throw source.errorAt(pos, "expected \",\" or \"]\" after " + item + endNote());
            }
        }
    }

    /** Copies a string as standard JSON and returns its text. */
    private String string(ClosingQuotes.Place place) throws ImportException {
        int open = pos;
        pos++;
        out.append('"');
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= limit) {
                throw unterminated(open);
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                escape(text);
            } else if (Characters.isQuote(c)) {
                if (quotes.closes(pos, place)) {
                    pos++;
                    out.append('"');
                    return text.toString();
                }
                out.append(c == '"' ? "\\\"" : String.valueOf(c));
                text.append(c);
                pos++;
            } else if (c == '\n') {
                int next = skipSpaces(pos + 1);
                if (place == ClosingQuotes.Place.KEY || quotes.startsStructure(next)) {
                    throw unterminated(open);
                }
                // Every line break in these spaces is followed by the same text, so one look covers them all.
                for (; pos < next; pos++) {
                    appendCharacter(s.charAt(pos));
                    text.append(s.charAt(pos));
                }
            } else {
                appendCharacter(c);
                text.append(c);
                pos++;
            }
        }
    }

    private void escape(StringBuilder text) throws ImportException {
        char next = pos + 1 < limit ? s.charAt(pos + 1) : 0;
        int simple = next == 0 ? -1 : "\"\\/bfnrt".indexOf(next);
        if (simple >= 0) {
            out.append('\\').append(next);
            text.append("\"\\/\b\f\n\r\t".charAt(simple));
            pos += 2;
        } else if (next == 'u' && pos + 6 <= limit && isHex(s.substring(pos + 2, pos + 6))) {
            if (s.startsWith("0000", pos + 2)) {
                // PostgreSQL cannot store it in any text column, and the document itself may not hold one either.
                throw source.errorAt(pos, "the escape \\u0000 stands for a NUL character, which no text may hold");
            }
            out.append(s, pos, pos + 6);
            text.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
            pos += 6;
        } else if (next == Characters.LEFT_QUOTE || next == Characters.RIGHT_QUOTE) {
            out.append(next);
            text.append(next);
            pos += 2;
        } else {
            out.append("\\\\");
            text.append('\\');
            pos++;
        }
    }

    private void appendCharacter(char c) {
        if (c == '\t') {
            out.append("\\t");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private void number(String owner) throws ImportException {
        Matcher matcher = NUMBER.matcher(s).region(pos, limit);
        if (!matcher.lookingAt() || matcher.end() - pos > MAX_NUMBER_LENGTH) {
            throw source.errorAt(pos, "expected " + valueFor(owner));
        }
        out.append(s, pos, matcher.end());
        pos = matcher.end();
    }

    private boolean literal(String word) {
        if (pos + word.length() <= limit && s.startsWith(word, pos)) {
            out.append(word);
            pos += word.length();
            return true;
        }
        return false;
    }

    private void requireDepth(int depth) throws ImportException {
        if (depth > MAX_DEPTH) {
            throw source.errorAt(pos, "the JSON is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private ImportException unterminated(int open) {
        int line = source.lineOf(open);
        return source.errorAt(open, "unterminated string (expected a closing quote before the end of line " + line + ")");
    }

    private String endNote() {
        return pos >= limit ? ", but the JSON ends here" : "";
    }

    private int skipSpaces(int from) {
        return quotes.skipSpaces(from);
    }

    private static String valueFor(String owner) {
        return owner.equals("a JSON value") ? owner : "a value for " + owner;
    }

    private static String escapePointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> "0123456789abcdefABCDEF".indexOf(c) >= 0);
    }
}
