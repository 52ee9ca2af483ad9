package com.healthpress.seo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences at ".", "!", "?" or "…" before a space, but not after "Dr." or "e.g.". */
final class Sentences {

    /** Terminal punctuation, any closing quotes or brackets after it, then a space or the end. */
    private static final Pattern END = Pattern.compile("[.!?…]+[\"'”’»)\\]]*(?=\\s|$)");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "approx", "cf", "fig", "no", "vol");

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher end = END.matcher(paragraph);
        int start = 0;
        while (end.find()) {
            if (!endsInAbbreviation(paragraph.substring(start, end.end()))
                    && !nextStartsLowerCase(paragraph, end.end())) {
                add(sentences, paragraph.substring(start, end.end()));
                start = end.end();
            }
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean endsInAbbreviation(String text) {
        Matcher word = LAST_WORD.matcher(text);
        if (!word.find()) {
            return false;
        }
        String last = word.group(1).toLowerCase(Locale.ROOT);
        return last.length() == 1 || ABBREVIATIONS.contains(last);
    }

    /** "The dose (approx. two tablets) helps." — a full stop before a lower-case word ends no sentence. */
    private static boolean nextStartsLowerCase(String text, int from) {
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
