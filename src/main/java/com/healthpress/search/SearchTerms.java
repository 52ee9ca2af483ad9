package com.healthpress.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * Words as H2's native full-text index sees them: text split at the same delimiters, upper-cased, without the
 * stop words that the index ignores (the list the H2 V3 migration gives FT_SET_IGNORE_LIST). H2Search ranks and
 * highlights with these, so that what is marked is what was found.
 */
final class SearchTerms {

    /** H2's FullTextSettings default: the characters that separate words. */
    static final String DELIMITERS = " \t\n\r\f+\"*%&/()=?'!,.;:-_#@|^~`{}[]<>\\";
    static final Set<String> STOP_WORDS = Set.of("A", "AN", "AND", "ARE", "AS", "AT", "BE", "BUT", "BY", "CAN",
            "DO", "DOES", "FOR", "FROM", "HAS", "HAVE", "HOW", "I", "IF", "IN", "INTO", "IS", "IT", "ITS", "MAY",
            "OF", "ON", "OR", "S", "SHOULD", "SO", "T", "THAN", "THAT", "THE", "THEIR", "THEM", "THEN", "THERE",
            "THESE", "THEY", "THIS", "TO", "WAS", "WE", "WHAT", "WHEN", "WHICH", "WHO", "WHY", "WILL", "WITH",
            "YOU", "YOUR");
    /** More words than this are dropped: each costs a look-up, and the rest rarely change the result. */
    static final int MAX_TERMS = 8;

    private SearchTerms() {
    }

    /** The distinct indexed words of the text, in order, at most {@value #MAX_TERMS}. */
    static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        StringTokenizer words = new StringTokenizer(text, DELIMITERS);
        while (words.hasMoreTokens() && terms.size() < MAX_TERMS) {
            String word = normal(words.nextToken());
            if (!STOP_WORDS.contains(word)) {
                terms.add(word);
            }
        }
        return new ArrayList<>(terms);
    }

    /** A word as the index stores it (H2 upper-cases with the default locale; this is the same for English). */
    static String normal(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
