package com.healthpress.links;

import com.healthpress.article.Slugs;
import com.healthpress.seo.analysis.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the sentence of an article where a link to another article fits best: the one that holds the other article's
 * focus keyword (the strongest fit, as Yoast and Link Whisper read it), else its whole title, else most of its title's
 * meaningful words with the words of its keyword. Words match whole, folded as the SEO checks fold them ("Sleep apnoea"
 * matches “sleep apnoea,”; "back" does not match "backache"). The words to link are the matched words as typed; a place
 * that overlaps a link the sentence already has is passed over.
 */
final class LinkPlaces {

    private static final int KEYWORD = 1_000;
    private static final int WHOLE_TITLE = 900;
    private static final int TITLE_WORDS = 100;
    private static final int ANCHOR_WORDS = 6;

    private LinkPlaces() {
    }

    /** The best place among the sentences for a link to an article with this focus keyword and title. */
    static Optional<LinkPlace> best(String focusKeyword, String title, List<Sentence> sentences) {
        return all(focusKeyword, title, sentences).stream().findFirst();
    }

    /** The places among the sentences, at most one a sentence, the best first (ties: the earlier sentence). */
    static List<LinkPlace> all(String focusKeyword, String title, List<Sentence> sentences) {
        List<String> keyword = Words.of(focusKeyword);
        List<String> wholeTitle = Words.of(title);
        Set<String> titleWords = meaningfulWords(title);
        List<LinkPlace> places = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            LinkPlace place = inSentence(i, sentences.get(i), focusKeyword, keyword, wholeTitle, titleWords);
            if (place != null) {
                places.add(place);
            }
        }
        places.sort(Comparator.comparingInt(place -> -place.score())); // stable: earlier sentences first
        return places;
    }

    private static LinkPlace inSentence(int index, Sentence sentence, String focusKeyword, List<String> keyword,
                                        List<String> wholeTitle, Set<String> titleWords) {
        LinkPlace phrase = phrase(index, sentence, keyword, KEYWORD + 10 * keyword.size(),
                "Its focus keyword, “" + focusKeyword.strip() + "”");
        if (phrase != null) {
            return phrase;
        }
        if (wholeTitle.size() >= 2) {
            phrase = phrase(index, sentence, wholeTitle, WHOLE_TITLE, "Its title");
            if (phrase != null) {
                return phrase;
            }
        }
        return titleWords(index, sentence, titleWords, keyword);
    }

    /** The first place the words stand together in the sentence, outside its links. */
    private static LinkPlace phrase(int index, Sentence sentence, List<String> phrase, int score, String reason) {
        if (phrase.isEmpty()) {
            return null;
        }
        List<String> words = sentence.words();
        for (int from = 0; from + phrase.size() <= words.size(); from++) {
            int at = Collections.indexOfSubList(words.subList(from, words.size()), phrase);
            if (at < 0) {
                return null;
            }
            int[] span = sentence.span(from + at, from + at + phrase.size() - 1);
            if (!sentence.overlapsALink(span)) {
                return new LinkPlace(index, span[0], span[1], score, reason);
            }
            from += at;
        }
        return null;
    }

    /**
     * A place for an article whose title's meaningful words are mostly in the sentence: at least two, and at least
     * half of them with every word of its focus keyword among the sentence's words too, two thirds without a keyword
     * (a title of one meaningful word needs that word). The words to link are the longest run of matched words with
     * at most one stop word between two of them, at most {@value #ANCHOR_WORDS} words (the first of the longest).
     */
    private static LinkPlace titleWords(int index, Sentence sentence, Set<String> titleWords, List<String> keyword) {
        if (titleWords.isEmpty() || !sentence.words().containsAll(keyword)) {
            return null;
        }
        Set<String> found = new LinkedHashSet<>(sentence.words());
        found.retainAll(titleWords);
        int matched = found.size();
        int needed = keyword.isEmpty() ? (2 * titleWords.size() + 2) / 3 : (titleWords.size() + 1) / 2;
        if (matched < Math.min(2, titleWords.size()) || matched < needed) {
            return null;
        }
        found.addAll(keyword);
        List<String> words = sentence.words();
        int[] best = null;
        int bestCount = 0;
        for (int from = 0; from < words.size(); from++) {
            if (!found.contains(words.get(from))) {
                continue;
            }
            Set<String> inRun = new LinkedHashSet<>();
            int last = from;
            for (int to = from; to < words.size() && to < from + ANCHOR_WORDS && to <= last + 2; to++) {
                String word = words.get(to);
                if (found.contains(word)) {
                    inRun.add(word);
                    last = to;
                } else if (!KeyPhrases.isStopWord(word)) {
                    break;
                }
            }
            int[] span = sentence.span(from, last);
            if (inRun.size() > bestCount && !sentence.overlapsALink(span)) {
                best = span;
                bestCount = inRun.size();
            }
        }
        if (best == null) {
            return null;
        }
        int score = TITLE_WORDS + 100 * matched / titleWords.size() + 5 * bestCount;
        return new LinkPlace(index, best[0], best[1], score, matched == titleWords.size()
                ? "Every meaningful word of its title"
                : matched + " of the " + titleWords.size() + " meaningful words of its title");
    }

    /** The title's words as its slug would keep them, without stop words. */
    static Set<String> meaningfulWords(String title) {
        if (Words.of(title).isEmpty()) {
            return Set.of();
        }
        Set<String> words = new LinkedHashSet<>(Words.of(Slugs.fromTitle(title)));
        words.removeIf(KeyPhrases::isStopWord);
        return words;
    }
}
