package com.healthpress.links;

import com.healthpress.article.Article;
import com.healthpress.markdown.BodyLink;
import com.healthpress.markdown.BodyLinks;
import com.healthpress.search.Search;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Suggestions on the edit page of published articles to link to from the one being edited, each with the sentence
 * of this article where the link fits. The search index finds the candidates from a few phrases of this article
 * ({@link KeyPhrases}); a candidate is suggested when its focus keyword or title stands in one of this article's
 * sentences ({@link LinkPlaces}), unless it is this article or one it links to already (at its address or an old
 * one). The cost is bounded whatever the site's size: at most {@value KeyPhrases#MAX} look-ups in the index, of at
 * most {@value #PER_SEARCH} ids each, and one read of those candidates' titles and keywords by key.
 */
public final class LinkSuggestions {

    public static final int SHOWN = 8;
    static final int PER_SEARCH = 100;
    /** The same words for more articles than this are left to the later suggestions' turn. */
    private static final int SAME_WORDS = 2;

    private final Jdbi jdbi;
    private final Search search;
    private final String siteHost;
    private final Clock clock;

    public LinkSuggestions(Jdbi jdbi, Search search, String baseUrl, Clock clock) {
        this.jdbi = jdbi;
        this.search = search;
        this.siteHost = LinkTarget.hostOfOrigin(baseUrl);
        this.clock = clock;
    }

    /** Up to {@value #SHOWN} suggestions for the article as edited; {@code selfId}: its id, 0 for a new one. */
    public List<LinkSuggestion> suggest(Article article, long selfId) {
        List<BodyLink> links = BodyLinks.in(article.body());
        List<Sentence> sentences = Sentence.inBody(article.body(), links.stream().map(BodyLink::text).toList());
        if (sentences.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> found = new LinkedHashMap<>();
        for (String phrase : KeyPhrases.of(article.focusKeyword(), article.title(), sentences)) {
            search.articlesHoldingEvery(phrase, PER_SEARCH).forEach(id -> found.merge(id, 1, Integer::sum));
        }
        found.remove(selfId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> linkedSlugs = links.stream().map(link -> LinkTarget.of(link.destination()))
                .flatMap(Optional::stream).filter(target -> target.isOn(siteHost)).map(LinkTarget::slug)
                .distinct().toList();
        List<SuggestionCandidate> candidates = jdbi.withHandle(handle -> {
            LinkRepository repository = handle.attach(LinkRepository.class);
            Set<Long> linked = linkedSlugs.isEmpty() ? Set.of() : new HashSet<>(repository.listArticlesAt(linkedSlugs));
            return repository.listCandidates(List.copyOf(found.keySet()), selfId, clock.instant()).stream()
                    .filter(candidate -> !linked.contains(candidate.id())).toList();
        });
        return ranked(candidates, found, sentences);
    }

    /**
     * The candidates that fit a sentence, best fit first; among equal fits, those more of this article's phrases
     * found, then the newest. The same words are offered for at most {@value #SAME_WORDS} articles: the next takes
     * its next best place, if it has one.
     */
    private static List<LinkSuggestion> ranked(List<SuggestionCandidate> candidates, Map<Long, Integer> found,
                                               List<Sentence> sentences) {
        record Fit(SuggestionCandidate candidate, List<LinkPlace> places) {
        }
        List<Fit> fits = new ArrayList<>();
        for (SuggestionCandidate candidate : candidates) {
            List<LinkPlace> places = LinkPlaces.all(candidate.focusKeyword(), candidate.title(), sentences);
            if (!places.isEmpty()) {
                fits.add(new Fit(candidate, places));
            }
        }
        fits.sort(Comparator.comparingInt((Fit fit) -> -fit.places().get(0).score())
                .thenComparingInt(fit -> -found.get(fit.candidate().id()))
                .thenComparing(fit -> fit.candidate().publishedAt(), Comparator.reverseOrder())
                .thenComparingLong(fit -> fit.candidate().id()));
        List<LinkSuggestion> suggestions = new ArrayList<>();
        Map<String, Integer> sameWords = new HashMap<>();
        for (Fit fit : fits) {
            for (LinkPlace place : fit.places()) {
                String words = place.sentence() + ":" + place.start() + ":" + place.end();
                if (sameWords.getOrDefault(words, 0) < SAME_WORDS) {
                    sameWords.merge(words, 1, Integer::sum);
                    suggestions.add(suggestion(fit.candidate(), place, sentences.get(place.sentence()).text()));
                    break;
                }
            }
            if (suggestions.size() == SHOWN) {
                break;
            }
        }
        return suggestions;
    }

    private static LinkSuggestion suggestion(SuggestionCandidate candidate, LinkPlace place, String sentence) {
        String path = "/articles/" + candidate.slug();
        String anchor = sentence.substring(place.start(), place.end());
        return new LinkSuggestion(candidate.title(), path, sentence.substring(0, place.start()), anchor,
                sentence.substring(place.end()), "[" + markdownText(anchor) + "](" + path + ")", place.reason());
    }

    /** Link text as Markdown reads it: brackets and backslashes escaped so the link stays one link. */
    private static String markdownText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
