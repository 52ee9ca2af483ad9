package com.healthpress.seo.analysis;

import com.healthpress.article.Slugs;
import java.util.Collections;
import java.util.List;

/**
 * Words as the checks count and match them: folded like slug words (lower case, no accents, apostrophes of
 * either style dropped, anything else a separator), so "Café", "CAFE" and "café" are one word and Markdown or
 * punctuation never counts as a word.
 */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        String folded = Slugs.of(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split("-"));
    }

    static boolean containsPhrase(List<String> words, List<String> phrase) {
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
}
