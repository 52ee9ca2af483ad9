package com.healthpress.links;

import com.healthpress.markdown.BodyParagraphs;
import com.healthpress.seo.analysis.Sentences;
import com.healthpress.seo.analysis.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of an article body where a link could go, as plain text, with its words folded as the SEO checks fold
 * them (see seo.analysis.Words) and where each word stands in the text, so that a match of words can be shown, and
 * linked, as the words the writer typed. Spans of the text that are a link already are kept apart: a link cannot
 * go inside another.
 */
record Sentence(String text, List<String> words, int[] starts, int[] ends, List<int[]> linked) {

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    /** The sentences of a body's paragraphs, in reading order; {@code linkTexts}: the words of its links. */
    static List<Sentence> inBody(String body, List<String> linkTexts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String paragraph : BodyParagraphs.of(body)) {
            for (String sentence : Sentences.of(paragraph)) {
                sentences.add(of(sentence, linkTexts));
            }
        }
        return sentences;
    }

    /** One sentence; {@code linkTexts}: the words of the links of its body. */
    static Sentence of(String text, List<String> linkTexts) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            int start = token.start();
            int end = token.end();
            while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            for (String word : Words.of(token.group())) {
                words.add(word);
                starts.add(start);
                ends.add(end);
            }
        }
        List<int[]> linked = new ArrayList<>();
        for (String linkText : linkTexts) {
            for (int at = linkText.isBlank() ? -1 : text.indexOf(linkText); at >= 0;
                 at = text.indexOf(linkText, at + 1)) {
                linked.add(new int[] {at, at + linkText.length()});
            }
        }
        return new Sentence(text, List.copyOf(words), starts.stream().mapToInt(Integer::intValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(linked));
    }

    /** Where the words {@code from}..{@code to} (inclusive) stand in the text: [start, end). */
    int[] span(int from, int to) {
        return new int[] {starts[from], ends[to]};
    }

    /** Whether a link over this span would overlap a link the sentence has already. */
    boolean overlapsALink(int[] span) {
        return linked.stream().anyMatch(link -> span[0] < link[1] && link[0] < span[1]);
    }
}
