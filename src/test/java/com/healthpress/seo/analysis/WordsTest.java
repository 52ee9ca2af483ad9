package com.healthpress.seo.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.article.Slugs;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsCaseAccentsAndApostrophesIntoPlainWords() {
        assertEquals(List.of("cafe", "creme", "ones", "back", "pain", "2", "5", "mg"),
                Words.of("  Café CRÈME — one’s “back-pain”: 2.5 mg!"));
    }

    @Test
    void foldsExactlyAsSlugsDo() {
        for (String text : List.of("Sex for Back Pain: 2026 Guide to Safe Positions & Intimacy",
                "Naïve café’s crème brûlée", "e\u0301te\u0301 decomposed", "İstanbul ﬁne ½ dose",
                "Ⅻ ㎏ ＡＢＣ",
                "emoji 😀 between", "tab\tand\nnew line", "don't, won’t", "Straße Ωmega", "")) {
            String slug = Slugs.of(text);
            assertEquals(slug.isEmpty() ? List.of() : List.of(slug.split("-")), Words.of(text), text);
        }
    }

    @Test
    void findsPhrasesAsWholeWordsWithoutOverlaps() {
        List<String> words = Words.of("pain pain pain backache back pain");
        assertEquals(1, Words.occurrences(words, List.of("pain", "pain")));
        assertEquals(1, Words.occurrences(words, List.of("back", "pain")));
        assertEquals(0, Words.occurrences(words, List.of("back", "ache")));
        assertEquals(0, Words.occurrences(words, List.of()));
    }
}
