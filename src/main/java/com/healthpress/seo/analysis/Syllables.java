package com.healthpress.seo.analysis;

import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by its vowel groups, with the usual corrections for a silent final
 * "e" ("make"), "-es" and "-ed" that add no syllable ("takes", "jumped") and "-ing" after a vowel ("being").
 * Like every such counter it misses some words; over a paragraph the errors mostly cancel out.
 */
final class Syllables {

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final Pattern SILENT_E_BEFORE_SUFFIX = Pattern.compile(".*[aeiouy][^aeiouy]e(?:ly|ment|ful|less|ness)");

    private Syllables() {
    }

    /** The syllables of a word as {@link Words} gives it (lower case a–z and 0–9); a number counts one per digit. */
    static int count(String word) {
        String w = NOT_LETTER.matcher(word).replaceAll("");
        if (w.isEmpty()) {
            return word.length();
        }
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("ed") && "td".indexOf(w.charAt(w.length() - 3)) < 0) {
            w = w.substring(0, w.length() - 2);
        } else {
            if (w.endsWith("es") && "sxzcgh".indexOf(w.charAt(w.length() - 3)) < 0) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.endsWith("e") && !(w.endsWith("le") && w.length() > 2 && !isVowel(w, w.length() - 3))) {
                w = w.substring(0, w.length() - 1);
            }
        }
        int syllables = vowelGroups(w);
        if (w.endsWith("ing") && w.length() > 3 && isVowel(w, w.length() - 4)) {
            syllables++;
        }
        if (SILENT_E_BEFORE_SUFFIX.matcher(w).matches()) {
            syllables--;
        }
        return Math.max(1, syllables);
    }

    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            // A leading "y" is a consonant: "young", "yes".
            boolean vowel = isVowel(w, i) && !(i == 0 && w.charAt(i) == 'y');
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return groups;
    }

    private static boolean isVowel(String w, int index) {
        return "aeiouy".indexOf(w.charAt(index)) >= 0;
    }
}
