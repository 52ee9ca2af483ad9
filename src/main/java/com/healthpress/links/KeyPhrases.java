package com.healthpress.links;

import com.healthpress.seo.analysis.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article is about, as a few searches for the search index: its focus keyword (else the start of its title),
 * the phrases its body repeats most (two or three meaningful words in a row, or a single long word), weighted by how
 * often they stand and how long they are, as Yoast's "prominent words" are, and then its longest words, which in health
 * writing tend to be the specific ones ("tinnitus", "metformin") that another article may be about although this one
 * names them once. The index then finds the articles whose title, lead or questions hold them; which of those fit a
 * sentence of this article is for {@link LinkPlaces} to say.
 */
final class KeyPhrases {

    /** Searches per edit page: each costs a look-up in the full-text index. */
    static final int MAX = 8;
    private static final int REPEATED = 3;
    private static final int LONG_WORDS = 4;
    private static final int LONG_WORD_LENGTH = 6;
    private static final int TITLE_WORDS = 3;
    private static final int MIN_REPEATS = 2;
    private static final int MIN_SINGLE_REPEATS = 3;
    private static final int MIN_SINGLE_LENGTH = 5;

    /** English words too common to tell one article from another, as the body's phrases are counted. */
    private static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "again", "all", "also", "am", "an",
            "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "every", "few",
            "for", "from", "further", "get", "gets", "had", "has", "have", "having", "he", "her", "here", "hers",
            "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "less", "like", "make", "makes",
            "many", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of",
            "off", "often", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "usually", "very", "was",
            "way", "ways", "we", "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "without", "would", "you", "your", "yours", "s", "t",
            // and words of any health text that say nothing of its subject
            "help", "helps", "helping", "worse", "better", "best", "good", "tend", "tends", "suggest", "show", "shows",
            "find", "try", "keep", "take", "takes", "need", "needs", "know", "feel", "feels", "see", "say", "says",
            "use", "used", "using", "day", "days", "week", "weeks", "time", "times", "year", "years", "last", "lasts",
            "longer", "first", "new");
    /**
     * Long words of health writing too common to find a related article by: as single searches they would match
     * much of the site, and the full-text index reads every article that holds a word it is asked about.
     */
    private static final Set<String> COMMON_LONG_WORDS = Set.of("symptoms", "symptom", "treatment", "treatments",
            "doctor", "doctors", "health", "healthy", "condition", "conditions", "medicine", "medicines", "medical",
            "people", "patients", "patient", "problems", "problem", "important", "including", "however", "because",
            "different", "usually", "especially", "sometimes", "something", "someone", "another", "support", "during",
            "within", "around", "always", "should", "things", "number", "little", "better", "before", "person",
            "common", "causes", "effects", "change", "changes", "enough", "further", "general", "family", "children",
            "advice", "example", "research", "studies", "evidence", "professional", "professionals");

    private KeyPhrases() {
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * At most {@value #MAX} searches, each a few folded words: the keyword, up to {@value #REPEATED} repeated phrases,
     * up to {@value #LONG_WORDS} long words; none that an earlier one holds.
     */
    static List<String> of(String focusKeyword, String title, List<Sentence> sentences) {
        List<List<String>> chosen = new ArrayList<>();
        List<String> keyword = Words.of(focusKeyword);
        if (!keyword.isEmpty()) {
            chosen.add(keyword);
        } else {
            List<String> titleWords = new ArrayList<>(LinkPlaces.meaningfulWords(title));
            if (!titleWords.isEmpty()) {
                chosen.add(titleWords.subList(0, Math.min(TITLE_WORDS, titleWords.size())));
            }
        }
        int repeated = 0;
        for (List<String> phrase : prominent(sentences)) {
            if (repeated == REPEATED) {
                break;
            }
            if (chosen.stream().noneMatch(earlier -> earlier.containsAll(phrase))) {
                chosen.add(phrase);
                repeated++;
            }
        }
        int longWords = 0;
        for (String word : longWords(sentences)) {
            if (longWords == LONG_WORDS || chosen.size() == MAX) {
                break;
            }
            if (chosen.stream().noneMatch(earlier -> earlier.contains(word))) {
                chosen.add(List.of(word));
                longWords++;
            }
        }
        return chosen.stream().map(phrase -> String.join(" ", phrase)).toList();
    }

    /** The body's distinct long words that are not too common, the longest first (ties: the first in the text). */
    private static List<String> longWords(List<Sentence> sentences) {
        return sentences.stream().flatMap(sentence -> sentence.words().stream())
                .filter(word -> word.length() >= LONG_WORD_LENGTH && !isStopWord(word)
                        && !COMMON_LONG_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit))
                .distinct()
                .sorted(Comparator.comparingInt(word -> -word.length()))
                .toList();
    }

    /** The body's repeated phrases, the weightiest first (ties: the one that comes first in the text). */
    private static List<List<String>> prominent(List<Sentence> sentences) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            List<String> words = sentence.words();
            for (int i = 0; i < words.size(); i++) {
                if (isStopWord(words.get(i))) {
                    continue;
                }
                counts.merge(List.of(words.get(i)), 1, Integer::sum);
                for (int length = 2; length <= 3 && i + length <= words.size(); length++) {
                    List<String> phrase = words.subList(i, i + length);
                    if (isStopWord(phrase.get(length - 1))) {
                        break;
                    }
                    counts.merge(List.copyOf(phrase), 1, Integer::sum);
                }
            }
        }
        Map<List<String>, Integer> weights = new HashMap<>();
        counts.forEach((phrase, count) -> {
            boolean single = phrase.size() == 1;
            if (single ? count >= MIN_SINGLE_REPEATS && phrase.get(0).length() >= MIN_SINGLE_LENGTH
                    && !COMMON_LONG_WORDS.contains(phrase.get(0)) : count >= MIN_REPEATS) {
                weights.put(phrase, count * (single ? 2 : 2 + phrase.size()));
            }
        });
        List<List<String>> order = new ArrayList<>(counts.keySet());
        return order.stream().filter(weights::containsKey)
                .sorted(Comparator.comparing((List<String> phrase) -> -weights.get(phrase)))
                .toList();
    }
}
