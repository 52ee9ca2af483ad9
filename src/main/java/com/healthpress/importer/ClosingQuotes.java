package com.healthpress.importer;

/**
 * Decides whether a quote inside a JSON string of a document closes it, from what JSON syntax allows to follow:
 * after a key only {@code :} (or, when no later quote on the line is followed by one, anything, so that a missing
 * colon is reported as such); after a value in an object, {@code }}, or {@code ,} and the next key (a quoted text
 * and a colon, or a quote opening the next line), or the next key straight away, which is then reported as a
 * missing comma; after an array item, {@code ]} or {@code ,} and the next value. A string also ends where its
 * line ends with a quote and the next line starts with JSON structure (a key, a bracket or a brace), and at the
 * end of the JSON. Any other quote is text.
 */
final class ClosingQuotes {

    /** Where a string stands, which decides what may follow its closing quote. */
    enum Place { KEY, MEMBER, ITEM }

    private static final int MAX_KEY_LENGTH = 200;

    private final SourceText source;
    private final String s;
    private final int limit;

    /** Judges quotes in the source up to {@code limit}, where the JSON must end. */
    ClosingQuotes(SourceText source, int limit) {
        this.source = source;
        this.s = source.text();
        this.limit = limit;
    }

    /** Whether the quote at {@code quote} ends the string, judged by what JSON syntax allows after it. */
    boolean closes(int quote, Place place) {
        int next = skipSpaces(quote + 1);
        if (next >= limit) {
            return true;
        }
        char c = s.charAt(next);
        boolean newLine = s.substring(quote + 1, next).indexOf('\n') >= 0;
        return switch (place) {
            case KEY -> c == ':' || !hasLaterKeyEnd(quote);
            case MEMBER -> c == '}' || c == ',' && nextIsKeyOrEnd(next + 1) || isKeyAt(next)
                    || newLine && startsStructure(next);
            case ITEM -> c == ']' || c == ',' && nextIsValueOrEnd(next + 1) || newLine && startsStructure(next);
        };
    }

    private boolean nextIsKeyOrEnd(int from) {
        int after = skipSpaces(from);
        return after >= limit || s.charAt(after) == '}' || isKeyAt(after) || startsLineWithQuote(from, after);
    }

    private boolean nextIsValueOrEnd(int from) {
        int after = skipSpaces(from);
        return after >= limit || s.charAt(after) == ']' || isValueStartAt(after);
    }

    /** Whether a later quote on the same line is followed by a colon, and so would end the key instead. */
    private boolean hasLaterKeyEnd(int quote) {
        int lineEnd = Math.min(Math.min(limit, source.lineEnd(quote)), quote + 1 + MAX_KEY_LENGTH);
        for (int i = quote + 1; i < lineEnd; i++) {
            if (Characters.isQuote(s.charAt(i))) {
                int after = skipSpaces(i + 1);
                if (after < limit && s.charAt(after) == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    /** A quoted key followed by a colon, on one line, starts at the offset. */
    private boolean isKeyAt(int at) {
        if (at >= limit || !Characters.isQuote(s.charAt(at))) {
            return false;
        }
        int end = Math.min(limit, at + 1 + MAX_KEY_LENGTH);
        for (int i = at + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Characters.isQuote(c)) {
                int after = skipSpaces(i + 1);
                return after < limit && s.charAt(after) == ':';
            }
        }
        return false;
    }

    /** A quote begins a new line at {@code at}: a key whose colon is missing, reported as such by the parser. */
    private boolean startsLineWithQuote(int from, int at) {
        return at < limit && Characters.isQuote(s.charAt(at)) && s.substring(from, at).indexOf('\n') >= 0;
    }

    /** A key, a bracket or a brace starts at the offset. */
    boolean startsStructure(int at) {
        return at < limit && ("{}[]".indexOf(s.charAt(at)) >= 0 || isKeyAt(at));
    }

    private boolean isValueStartAt(int at) {
        char c = s.charAt(at);
        return Characters.isQuote(c) || "{[-tfn".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }

    /** The first offset from {@code from} that is not a space, or the limit. */
    int skipSpaces(int from) {
        int at = from;
        while (at < limit && Characters.isSpace(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
