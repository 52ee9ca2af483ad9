package com.healthpress.search;

import java.util.Set;
import java.util.StringTokenizer;

/** A passage of a long text around the first word a search found, cut at word boundaries, with ellipses. */
final class Excerpts {

    static final int LENGTH = 240;
    private static final int BEFORE = 60;

    private Excerpts() {
    }

    static String around(String text, Set<String> terms) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int match = firstMatch(text, terms);
        int start = match <= BEFORE ? 0 : wordStart(text, match - BEFORE);
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private static int firstMatch(String text, Set<String> terms) {
        StringTokenizer tokens = new StringTokenizer(text, SearchTerms.DELIMITERS, true);
        int at = 0;
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            if (terms.contains(SearchTerms.normal(token))) {
                return at;
            }
            at += token.length();
        }
        return 0;
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }
}
