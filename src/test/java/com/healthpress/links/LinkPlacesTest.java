package com.healthpress.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sentence of an article a link to another article fits in, and which of its words to link. */
class LinkPlacesTest {

    private static final String BODY = """
            ## Overview

            Back pain is common. Most backache settles within weeks.

            Poor sleep makes *sleep apnoea* worse, and sleep apnoea needs a doctor's check.

            - Keep a regular bedtime, even at weekends.

            | Sleep apnoea | table cells are not prose |
            |---|---|
            """;

    private static List<Sentence> sentences(String body) {
        return Sentence.inBody(body, List.of());
    }

    /** The sentence and the linked words, as "sentence text|words". */
    private static Optional<String> place(String keyword, String title, List<Sentence> sentences) {
        return LinkPlaces.best(keyword, title, sentences).map(place -> {
            String text = sentences.get(place.sentence()).text();
            return text + "|" + text.substring(place.start(), place.end());
        });
    }

    @Test
    void theBodyIsSplitIntoTheSentencesOfItsParagraphsAndListsWithoutHeadingsOrTables() {
        assertEquals(List.of("Back pain is common.", "Most backache settles within weeks.",
                        "Poor sleep makes sleep apnoea worse, and sleep apnoea needs a doctor's check.",
                        "Keep a regular bedtime, even at weekends."),
                sentences(BODY).stream().map(Sentence::text).toList());
    }

    @Test
    void theSentenceWithTheFocusKeywordIsChosenAndItsWordsAreLinkedAsTyped() {
        assertEquals(Optional.of("Poor sleep makes sleep apnoea worse, and sleep apnoea needs a doctor's check."
                + "|sleep apnoea"), place("Sleep apnoea", "Obstructive sleep apnoea in adults", sentences(BODY)));
    }

    @Test
    void wordsMatchWholeNotInsideOtherWords() {
        assertEquals(Optional.of("Back pain is common.|Back"), place("back", "Back care", sentences(BODY)));
        assertEquals(Optional.empty(), place("ache", "Aches", sentences("Most backache settles.")));
    }

    @Test
    void accentsAndCaseDoNotMatterAndPunctuationStaysOutOfTheLinkedWords() {
        List<Sentence> sentences = sentences("Ask about “Ménière’s Disease,” early.");
        assertEquals(Optional.of("Ask about “Ménière’s Disease,” early.|Ménière’s Disease"),
                place("menieres disease", "Living with Ménière's disease", sentences));
    }

    @Test
    void withoutItsKeywordAnArticleFitsWhereMostWordsOfItsTitleStandWithEveryWordOfItsKeyword() {
        List<Sentence> sentences = sentences("Children and older adults may show other signs. "
                + "Knee pain in older adults is often arthritis.");
        assertEquals(Optional.of("Knee pain in older adults is often arthritis.|older adults"),
                place("knee arthritis", "Knee arthritis in older adults", sentences));
        assertEquals(Optional.of("Knee pain in older adults is often arthritis.|older adults"),
                place("", "Arthritis in older adults", sentences));
        // "sunburn" stands in no sentence: "older adults" alone is no place for a link to "Sunburn in older adults".
        assertEquals(Optional.empty(), place("sunburn", "Sunburn in older adults", sentences));
    }

    @Test
    void aPlaceOverlappingALinkTheSentenceHasAlreadyIsPassedOver() {
        String body = "Read about [sleep apnoea](/articles/apnoea) first. Sleep apnoea is common.";
        List<Sentence> sentences = Sentence.inBody(body, List.of("sleep apnoea"));
        assertEquals(Optional.of("Sleep apnoea is common.|Sleep apnoea"),
                place("sleep apnoea", "Sleep apnoea", sentences));
    }

    @Test
    void theFocusKeywordBeatsTitleWordsWhereverTheyStand() {
        List<Sentence> sentences = sentences("Causes and treatment of headaches from tension vary. "
                + "Many people get tension headaches.");
        assertEquals(Optional.of("Many people get tension headaches.|tension headaches"),
                place("tension headaches", "Tension headaches: causes and treatment", sentences));
        assertEquals(Optional.of("Causes and treatment of headaches from tension vary."
                        + "|Causes and treatment of headaches"),
                place("tension headaches", "Tension headaches: causes and treatment", sentences.subList(0, 1)));
    }

    @Test
    void theSearchesAreTheKeywordThenTheBodysRepeatedPhrasesThenItsLongestWords() {
        List<Sentence> sentences = sentences("""
                Blood pressure rises with salt. Check your blood pressure yearly. High blood pressure has no signs.
                Exercise lowers blood pressure. Medication helps too, and symptoms are rare.""");

        List<String> phrases = KeyPhrases.of("Heart failure", "Living with heart failure", sentences);

        assertEquals(List.of("heart failure", "blood pressure", "medication", "exercise"), phrases.subList(0, 4));
        assertTrue(!phrases.contains("pressure") && !phrases.contains("symptoms"), phrases.toString());
        assertTrue(phrases.size() <= KeyPhrases.MAX, phrases.toString());
        assertEquals(List.of("loud music", "tinnitus"),
                KeyPhrases.of("Loud music", "After the concert", sentences("Loud music can leave you with tinnitus.")));
        assertEquals(List.of("living heart failure"),
                KeyPhrases.of("", "Living with heart failure: a guide", sentences("One line.")));
    }
}
