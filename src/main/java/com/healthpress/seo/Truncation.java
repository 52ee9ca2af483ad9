package com.healthpress.seo;

/** Shortens text for places with a length limit, cutting between words and marking the cut with "…". */
final class Truncation {

    private static final String ELLIPSIS = "…";
    private static final String TRAILING_PUNCTUATION = "[\\s,;:.\\-–—]+$";

    private Truncation() {
    }

    /** The text with runs of whitespace made single spaces, cut to at most {@code maxLength} chars when longer. */
    static String atWordBoundary(String text, int maxLength) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= maxLength) {
            return clean;
        }
        int room = maxLength - ELLIPSIS.length();
        int space = clean.lastIndexOf(' ', room);
        String kept = space > 0 ? clean.substring(0, space) : hardCut(clean, room);
        String tidy = kept.replaceAll(TRAILING_PUNCTUATION, "");
        return (tidy.isEmpty() ? hardCut(clean, room) : tidy) + ELLIPSIS;
    }

    /** For a first word longer than the limit; never splits a surrogate pair. */
    private static String hardCut(String text, int length) {
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
