package com.healthpress.seo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at ".", "!", "?" or "…" (and any closing quotes or brackets) before a space,
 * but not after an abbreviation or initial ("Dr.", "e.g.", "J.") nor before a lower-case word ("approx. two").
 * One pass over the characters: the checks split every paragraph of an article, and the link suggestions find
 * the sentence a link would fit in with it.
 */
public final class Sentences {

    private static final String TERMINAL = ".!?…";
    private static final String CLOSING = "\"'”’»)]";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "approx", "cf", "fig");

    private Sentences() {
    }

    public static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            if (TERMINAL.indexOf(paragraph.charAt(i)) < 0) {
                i++;
                continue;
            }
            int punctuation = i;
            while (i < paragraph.length() && TERMINAL.indexOf(paragraph.charAt(i)) >= 0) {
                i++;
            }
            while (i < paragraph.length() && CLOSING.indexOf(paragraph.charAt(i)) >= 0) {
                i++;
            }
            boolean atSpaceOrEnd = i == paragraph.length() || Character.isWhitespace(paragraph.charAt(i));
            if (atSpaceOrEnd && !afterAbbreviation(paragraph, punctuation) && !beforeLowerCase(paragraph, i)) {
                add(sentences, paragraph.substring(start, i));
                start = i;
            }
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    /** Whether the full stop at this index ends a single letter or a known abbreviation. */
    private static boolean afterAbbreviation(String text, int stop) {
        if (text.charAt(stop) != '.') {
            return false;
        }
        int from = stop;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, stop).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static boolean beforeLowerCase(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }
}
