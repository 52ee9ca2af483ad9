package com.healthpress.importer;

/** Character classes the document format needs: its three string delimiters and the spaces it tolerates. */
final class Characters {

    static final char LEFT_QUOTE = '\u201C';
    static final char RIGHT_QUOTE = '\u201D';

    private Characters() {
    }

    /** “, ” or ": the characters a document may use to delimit a JSON string. */
    static boolean isQuote(char c) {
        return c == '"' || c == LEFT_QUOTE || c == RIGHT_QUOTE;
    }

    /** Whitespace including the no-break and zero-width spaces that word processors leave behind. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u202F';
    }

    /** The text without leading and trailing {@link #isSpace spaces}. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Runs of whitespace collapsed to one space, ends trimmed: how the FAQ check compares texts. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
