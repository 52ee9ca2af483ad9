package com.healthpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * Text with the parts that matched a search marked. Templates write each part with th:text (escaped) and wrap
 * marked parts in {@code <mark>}, so no text from the database or the query is ever written as HTML.
 */
public record Highlighted(List<Part> parts) {

    /** Private-use characters that PostgreSQL's ts_headline puts around matches; stripped from text first. */
    static final char START = '\uE000';
    static final char STOP = '\uE001';

    public record Part(String text, boolean marked) {
    }

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** The text with every whole word that is one of the terms (as {@link SearchTerms} normalises words) marked. */
    static Highlighted ofTerms(String text, Set<String> terms) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringTokenizer tokens = new StringTokenizer(text, SearchTerms.DELIMITERS, true);
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            if (terms.contains(SearchTerms.normal(token))) {
                flush(parts, plain);
                parts.add(new Part(token, true));
            } else {
                plain.append(token);
            }
        }
        flush(parts, plain);
        return new Highlighted(parts);
    }

    /** Text in which START…STOP surround the matches; an unpaired marker is dropped, never shown. */
    static Highlighted fromSentinels(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START || c == STOP) {
                if (current.length() > 0) {
                    parts.add(new Part(current.toString(), marked));
                    current.setLength(0);
                }
                marked = c == START;
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            parts.add(new Part(current.toString(), marked));
        }
        return new Highlighted(parts);
    }

    /** The text without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static void flush(List<Part> parts, StringBuilder plain) {
        if (plain.length() > 0) {
            parts.add(new Part(plain.toString(), false));
            plain.setLength(0);
        }
    }
}
