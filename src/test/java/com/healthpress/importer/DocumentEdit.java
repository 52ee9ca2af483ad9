package com.healthpress.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a document, of the kinds that editors, word processors and careless tools make. Positions ({@code at},
 * {@code other}) are taken modulo what they index when the edit is applied, so any edit applies to any document
 * and shrinks towards its start; {@code text} is what an edit puts in.
 */
record DocumentEdit(Kind kind, int at, int other, String text) {

    /** The keys whose values end up in the database or decide what does; {@link Kind#SET_VALUE} picks by index. */
    static final List<String> KEYS = List.of("meta_title", "meta_description", "focus_keyword", "headline",
            "description", "datePublished", "name", "url", "topic", "slug", "last_reviewed", "reviewed_by",
            "credentials", "text");

    private static final String QUOTES = "“”\"";

    /** What an edit does; see {@link #applyTo}. */
    enum Kind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_CHARACTERS, INSERT, REPLACE_CHARACTER, TRUNCATE, FLIP_QUOTE,
        STRAIGHT_QUOTES, TYPOGRAPHIC_QUOTES, DUPLICATE_SCHEMA_BLOCK, DROP_END_MARKER, BYTE_ORDER_MARK, LINE_BREAKS,
        SET_VALUE
    }

    String applyTo(String document) {
        int offset = at % (document.length() + 1);
        return switch (kind) {
            case DELETE_LINE -> withLines(document, lines -> lines.remove(at % lines.size()));
            case DUPLICATE_LINE -> withLines(document, lines -> lines.add(at % lines.size(),
                    lines.get(at % lines.size())));
            case SWAP_LINES -> withLines(document, lines -> Collections.swap(lines, at % lines.size(),
                    other % lines.size()));
            case DELETE_CHARACTERS -> document.substring(0, offset)
                    + document.substring(Math.min(document.length(), offset + 1 + other % 16));
            case INSERT -> document.substring(0, offset) + text + document.substring(offset);
            case REPLACE_CHARACTER -> document.substring(0, offset) + text
                    + document.substring(Math.min(document.length(), offset + 1));
            case TRUNCATE -> document.substring(0, offset);
            case FLIP_QUOTE -> flipQuote(document, offset, QUOTES.charAt(other % QUOTES.length()));
            case STRAIGHT_QUOTES -> document.replace('“', '"').replace('”', '"');
            case TYPOGRAPHIC_QUOTES -> typographicQuotes(document);
            case DUPLICATE_SCHEMA_BLOCK -> duplicateSchemaBlock(document, offset, other % 2 == 0);
            case DROP_END_MARKER -> document.replace(DocumentLayout.END, "");
            case BYTE_ORDER_MARK -> other % 2 == 0 ? "\uFEFF" + document
                    : document.substring(0, offset) + "\uFEFF" + document.substring(offset);
            case LINE_BREAKS -> switch (other % 3) {
                case 0 -> document.replace("\n", "\r\n");
                case 1 -> document.replace("\n", "\r");
                default -> document.substring(0, offset) + "\r\n" + document.substring(offset);
            };
            case SET_VALUE -> setValue(document, KEYS.get(other % KEYS.size()), at, text);
        };
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case DELETE_LINE, DUPLICATE_LINE -> "line #" + at;
            case SWAP_LINES -> "lines #" + at + " and #" + other;
            case DELETE_CHARACTERS -> (1 + other % 16) + " at " + at;
            case INSERT, REPLACE_CHARACTER -> visible(text) + " at " + at;
            case TRUNCATE, DUPLICATE_SCHEMA_BLOCK, BYTE_ORDER_MARK, LINE_BREAKS -> at + "/" + other;
            case FLIP_QUOTE -> "to " + QUOTES.charAt(other % QUOTES.length()) + " from " + at;
            case STRAIGHT_QUOTES, TYPOGRAPHIC_QUOTES, DROP_END_MARKER -> "";
            case SET_VALUE -> KEYS.get(other % KEYS.size()) + " #" + at + " = " + visible(text);
        };
        return kind + (what.isEmpty() ? "" : " " + what);
    }

    private static String withLines(String document, Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(document.split("\n", -1)));
        change.accept(lines);
        return String.join("\n", lines);
    }

    private static String flipQuote(String document, int from, char to) {
        for (int i = from; i < document.length(); i++) {
            if (QUOTES.indexOf(document.charAt(i)) >= 0) {
                return document.substring(0, i) + to + document.substring(i + 1);
            }
        }
        return document;
    }

    /** Straight quotes turned typographic, opening and closing in turn, as a word processor would. */
    private static String typographicQuotes(String document) {
        StringBuilder out = new StringBuilder(document.length());
        boolean open = true;
        for (char c : document.toCharArray()) {
            if (c == '"') {
                out.append(open ? '“' : '”');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String duplicateSchemaBlock(String document, int offset, boolean afterIt) {
        int start = document.indexOf(DocumentLayout.START);
        int end = document.indexOf(DocumentLayout.END, Math.max(0, start));
        if (start < 0 || end < 0) {
            return document;
        }
        String block = document.substring(start, end + DocumentLayout.END.length());
        int at = afterIt ? end + DocumentLayout.END.length() : offset;
        return document.substring(0, at) + "\n" + block + "\n" + document.substring(at);
    }

    /**
     * The text of the {@code at}-th string value of the key, wherever it is written; when the document has no such
     * key, the key and value added at the start of its schema block.
     */
    private static String setValue(String document, String key, int at, String value) {
        Matcher values = Pattern.compile("[“\"]" + key + "[”\"]\\s*:\\s*[“\"]").matcher(document);
        List<Integer> starts = new ArrayList<>();
        while (values.find()) {
            starts.add(values.end());
        }
        if (!starts.isEmpty()) {
            int start = starts.get(at % starts.size());
            int end = start;
            while (end < document.length() && "”\"\n".indexOf(document.charAt(end)) < 0) {
                end++;
            }
            return document.substring(0, start) + value + document.substring(end);
        }
        int block = document.indexOf(DocumentLayout.START);
        int brace = block < 0 ? -1 : document.indexOf('{', block);
        if (brace < 0) {
            return document;
        }
        return document.substring(0, brace + 1) + "\n“" + key + "”: “" + value + "”,"
                + document.substring(brace + 1);
    }

    /** The text with control characters, line breaks and invisible characters escaped, long texts cut short. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFEFF' || c == '\u2028' || c == '\u0085' || c == '\u00A0'
                    || c == '\u200B' || c == '\u202F' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        return text.length() > shown ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
