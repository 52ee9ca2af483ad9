package com.healthpress.seo.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for the fields of drafts, which may be null, blank or full of stray whitespace. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /** The text stripped, with runs of whitespace made single spaces; "" for null. */
    static String clean(String text) {
        return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** Characters as a reader counts them: code points of the cleaned text, so an emoji is one. */
    static int length(String text) {
        String clean = clean(text);
        return clean.codePointCount(0, clean.length());
    }

    /** "1 word", "2 words", "1,043 words". */
    static String count(long n, String singular, String plural) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? singular : plural);
    }
}
