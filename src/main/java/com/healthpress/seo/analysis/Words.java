package com.healthpress.seo.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Words as the checks count and match them, folded exactly as {@link com.healthpress.article.Slugs#of} folds
 * slug words: accents dropped, lower case, apostrophes of either style dropped ("one’s" is "ones"), and anything
 * but a–z and 0–9 a separator. So "Café", "CAFE" and "café" are one word, and Markdown or punctuation never
 * counts as one. Written as one pass over the characters because the checks fold every word of an article
 * several times and must stay fast; WordsTest holds it to the same result as Slugs.of. The editor's link suggestions
 * match words the same way.
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                add(word, words, Character.toLowerCase((char) c));
            } else {
                fold(c).chars().forEach(folded -> add(word, words, (char) folded));
            }
        }
        end(word, words);
        return words;
    }

    public static boolean containsPhrase(List<String> words, List<String> phrase) {
        return !phrase.isEmpty() && Collections.indexOfSubList(words, phrase) >= 0;
    }

    /** How often the phrase stands in the words, whole words only and without overlaps. */
    static int occurrences(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        int from = 0;
        int at;
        while ((at = Collections.indexOfSubList(words.subList(from, words.size()), phrase)) >= 0) {
            count++;
            from += at + phrase.size();
        }
        return count;
    }

    private static void add(StringBuilder word, List<String> words, char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            word.append(c);
        } else if (c != '\'' && c != '\u2019') {
            end(word, words);
        }
    }

    private static void end(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** One character as Slugs folds it: decomposed, without combining marks, in lower case. */
    private static String fold(int c) {
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(d -> !isMark(d)).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
