package com.healthpress.seo.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Plain-language checks over the lead and body paragraphs: Flesch reading ease, the share of long sentences and
 * of long paragraphs. Health content for the public should be easy to read.
 */
final class ReadabilityChecks {

    private static final double EASE_PASS = 50;
    private static final double EASE_WARN = 30;
    private static final int LONG_SENTENCE_WORDS = 25;
    private static final int LONG_PARAGRAPH_WORDS = 150;

    private ReadabilityChecks() {
    }

    static List<Check> of(Prose prose) {
        Counts counts = Counts.of(prose.paragraphs());
        return List.of(readingEase(counts), longSentences(counts), longParagraphs(counts));
    }

    /** The English Flesch reading ease of the paragraphs, or NaN when they hold no words. */
    static double readingEase(List<String> paragraphs) {
        return Counts.of(paragraphs).readingEase();
    }

    private static Check readingEase(Counts counts) {
        if (counts.words == 0) {
            return Rule.READING_EASE.warn("No text yet to measure reading ease.");
        }
        double ease = Math.round(counts.readingEase() * 10) / 10.0;
        String score = String.format(Locale.ENGLISH, "Reading ease (Flesch) is %.1f", ease);
        if (ease >= EASE_PASS) {
            return Rule.READING_EASE.pass(score + "; 50 or more suits a general audience.");
        }
        if (ease >= EASE_WARN) {
            return Rule.READING_EASE.warn(score + "; aim for 50 or more with shorter sentences and simpler words.");
        }
        return Rule.READING_EASE.fail(score + ", hard going for the public; aim for 50 or more.");
    }

    private static Check longSentences(Counts counts) {
        if (counts.sentences == 0) {
            return Rule.LONG_SENTENCES.warn("No sentences yet.");
        }
        String share = String.format(Locale.ENGLISH, "Sentences over %d words: %,d of %,d (%d %%)",
                LONG_SENTENCE_WORDS, counts.longSentences, counts.sentences,
                percent(counts.longSentences, counts.sentences));
        if (counts.longSentences * 5 > counts.sentences * 2) {
            return Rule.LONG_SENTENCES.fail(share + "; more than 40 % makes the text hard to follow.");
        }
        if (counts.longSentences * 4 > counts.sentences) {
            return Rule.LONG_SENTENCES.warn(share + "; keep it to a quarter or fewer.");
        }
        return Rule.LONG_SENTENCES.pass(share + ".");
    }

    private static Check longParagraphs(Counts counts) {
        if (counts.paragraphs == 0) {
            return Rule.LONG_PARAGRAPHS.warn("No paragraphs yet.");
        }
        String share = String.format(Locale.ENGLISH, "Paragraphs over %d words: %,d of %,d (the longest has %s)",
                LONG_PARAGRAPH_WORDS, counts.longParagraphs, counts.paragraphs,
                Text.count(counts.longestParagraph, "word", "words"));
        if (counts.longParagraphs == 0) {
            return Rule.LONG_PARAGRAPHS.pass(share + ".");
        }
        if (counts.longParagraphs * 3 > counts.paragraphs) {
            return Rule.LONG_PARAGRAPHS.fail(share + "; more than a third reads as a wall of text.");
        }
        return Rule.LONG_PARAGRAPHS.warn(share + "; split the long ones.");
    }

    private static long percent(int part, int whole) {
        return Math.round(100.0 * part / whole);
    }

    /** Words, sentences and syllables of some paragraphs, counted in one pass. */
    private static final class Counts {
        int words;
        int syllables;
        int sentences;
        int longSentences;
        int paragraphs;
        int longParagraphs;
        int longestParagraph;

        static Counts of(List<String> paragraphs) {
            Counts counts = new Counts();
            for (String paragraph : paragraphs) {
                counts.addParagraph(paragraph);
            }
            return counts;
        }

        private void addParagraph(String paragraph) {
            int paragraphWords = 0;
            for (String sentence : Sentences.of(paragraph)) {
                List<String> sentenceWords = Words.of(sentence);
                if (sentenceWords.isEmpty()) {
                    continue;
                }
                sentences++;
                if (sentenceWords.size() > LONG_SENTENCE_WORDS) {
                    longSentences++;
                }
                paragraphWords += sentenceWords.size();
                for (String word : sentenceWords) {
                    syllables += Syllables.count(word);
                }
            }
            if (paragraphWords > 0) {
                words += paragraphWords;
                paragraphs++;
                longestParagraph = Math.max(longestParagraph, paragraphWords);
                if (paragraphWords > LONG_PARAGRAPH_WORDS) {
                    longParagraphs++;
                }
            }
        }

        double readingEase() {
            if (words == 0) {
                return Double.NaN;
            }
            return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        }
    }
}
