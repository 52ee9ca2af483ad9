package com.healthpress.seo.analysis;

import java.util.List;

/**
 * Counts the syllables of an English word by its vowel groups, with the usual corrections for a silent final
 * "e" ("make"), "-es" and "-ed" that add no syllable ("takes", "jumped") and "-ing" after a vowel ("being").
 * Like every such counter it misses some words; over a paragraph the errors mostly cancel out.
 */
final class Syllables {

    /** Suffixes after which an "e" is silent when a vowel and a consonant come before it: "safely", "movement". */
    private static final List<String> SILENT_E_SUFFIXES = List.of("ely", "ement", "eful", "eless", "eness");

    private Syllables() {
    }

    /** The syllables of a word as {@link Words} gives it (a–z and 0–9); a number counts one per digit. */
    static int count(String word) {
        String w = letters(word);
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
        if (hasSilentEBeforeSuffix(w)) {
            syllables--;
        }
        return Math.max(1, syllables);
    }

    private static String letters(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        word.chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private static boolean hasSilentEBeforeSuffix(String w) {
        for (String suffix : SILENT_E_SUFFIXES) {
            int e = w.length() - suffix.length();
            if (w.endsWith(suffix) && e >= 2 && !isVowel(w, e - 1) && isVowel(w, e - 2)) {
                return true;
            }
        }
        return false;
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
