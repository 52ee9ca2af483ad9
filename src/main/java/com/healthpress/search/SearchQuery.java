package com.healthpress.search;

/**
 * What a reader typed into the search box, tidied: control characters (which PostgreSQL refuses in text) and the
 * private-use characters that mark highlights become spaces, runs of white space one space, and the ends trimmed.
 * Queries longer than {@value #MAX_LENGTH} characters are refused rather than cut.
 */
public record SearchQuery(String text) {

    public static final int MAX_LENGTH = 200;

    public static SearchQuery of(String raw) {
        if (raw == null) {
            return new SearchQuery("");
        }
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2));
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || c == Highlighted.START || c == Highlighted.STOP;
            if (blank) {
                space = clean.length() > 0;
            } else {
                if (space) {
                    clean.append(' ');
                    space = false;
                }
                clean.append(c);
            }
        }
        return new SearchQuery(clean.toString());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean isTooLong() {
        return text.length() > MAX_LENGTH;
    }
}
