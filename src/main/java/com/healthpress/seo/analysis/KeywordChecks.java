package com.healthpress.seo.analysis;

import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the focus keyword stands: set at all, in the meta title, meta description, lead, a heading and the slug,
 * and how densely it fills the body. Matching is by whole words after folding case, accents and quote styles,
 * so "Sex for back" matches “sex for back” but "back" does not match "backache".
 */
final class KeywordChecks {

    private static final double DENSITY_LOW = 0.5;
    private static final double DENSITY_HIGH = 2.5;
    private static final double DENSITY_STUFFED = 3.5;

    private static final List<Rule> NEEDING_KEYWORD = List.of(Rule.KEYWORD_IN_META_TITLE,
            Rule.KEYWORD_IN_META_DESCRIPTION, Rule.KEYWORD_IN_LEAD, Rule.KEYWORD_IN_HEADING, Rule.KEYWORD_IN_SLUG,
            Rule.KEYWORD_DENSITY);

    private final String keyword;
    private final List<String> words;

    private KeywordChecks(String keyword) {
        this.keyword = "“" + keyword + "”";
        this.words = Words.of(keyword);
    }

    static List<Check> of(Article article, Prose prose) {
        KeywordChecks checks = new KeywordChecks(Text.clean(article.focusKeyword()));
        if (checks.words.isEmpty()) {
            List<Check> failed = new ArrayList<>();
            failed.add(Rule.FOCUS_KEYWORD.fail("No focus keyword set; the keyword checks need one."));
            NEEDING_KEYWORD.forEach(rule -> failed.add(rule.fail("No focus keyword set.")));
            return failed;
        }
        return List.of(
                Rule.FOCUS_KEYWORD.pass("Focus keyword is " + checks.keyword + "."),
                checks.inText(Rule.KEYWORD_IN_META_TITLE, article.metaTitle(), "meta title"),
                checks.inText(Rule.KEYWORD_IN_META_DESCRIPTION, article.metaDescription(), "meta description"),
                checks.inText(Rule.KEYWORD_IN_LEAD, article.lead(), "lead"),
                checks.inHeadings(prose.headings()),
                checks.inSlug(article.slug()),
                checks.density(prose.bodyWords()));
    }

    private Check inText(Rule rule, String text, String name) {
        if (Text.clean(text).isEmpty()) {
            return rule.fail("The " + name + " is empty.");
        }
        return Words.containsPhrase(Words.of(text), words)
                ? rule.pass("Focus keyword " + keyword + " is in the " + name + ".")
                : rule.fail("Focus keyword " + keyword + " is not in the " + name + ".");
    }

    private Check inHeadings(List<String> headings) {
        if (headings.isEmpty()) {
            return Rule.KEYWORD_IN_HEADING.warn("The body has no ## or ### headings yet.");
        }
        long with = headings.stream().filter(heading -> Words.containsPhrase(Words.of(heading), words)).count();
        String of = " of " + Text.count(headings.size(), "heading", "headings") + ".";
        return with == 0
                ? Rule.KEYWORD_IN_HEADING.warn("Focus keyword " + keyword + " is in none" + of)
                : Rule.KEYWORD_IN_HEADING.pass("Focus keyword " + keyword + " is in " + with + of);
    }

    /** Slugs made from titles drop stop words, so the keyword without them counts too ("sex-back"). */
    private Check inSlug(String slug) {
        if (Text.clean(slug).isEmpty()) {
            return Rule.KEYWORD_IN_SLUG.fail("Slug is empty.");
        }
        List<String> slugWords = Words.of(slug);
        List<String> withoutStopWords = Words.of(Slugs.fromTitle(String.join(" ", words)));
        for (List<String> form : List.of(words, withoutStopWords)) {
            if (Words.containsPhrase(slugWords, form)) {
                return Rule.KEYWORD_IN_SLUG.pass("Focus keyword " + keyword + " is in the slug as “"
                        + String.join("-", form) + "”.");
            }
        }
        return Rule.KEYWORD_IN_SLUG.warn(
                "Focus keyword " + keyword + " is not in the slug “" + slug.strip() + "”.");
    }

    /** The share of body words that belong to the keyword (occurrences × keyword words ÷ body words). */
    private Check density(List<String> bodyWords) {
        if (bodyWords.isEmpty()) {
            return Rule.KEYWORD_DENSITY.warn("The body has no text yet.");
        }
        int occurrences = Words.occurrences(bodyWords, words);
        double density = Math.round(1000.0 * occurrences * words.size() / bodyWords.size()) / 10.0;
        String measured = String.format(Locale.ENGLISH, "Focus keyword %s appears %s in %s: %.1f %% of the text",
                keyword, Text.count(occurrences, "time", "times"), Text.count(bodyWords.size(), "word", "words"),
                density);
        if (density > DENSITY_STUFFED) {
            return Rule.KEYWORD_DENSITY.fail(measured + "; above 3.5 % reads as keyword stuffing.");
        }
        if (density < DENSITY_LOW || density > DENSITY_HIGH) {
            return Rule.KEYWORD_DENSITY.warn(measured + "; aim for 0.5–2.5 %.");
        }
        return Rule.KEYWORD_DENSITY.pass(measured + ".");
    }
}
