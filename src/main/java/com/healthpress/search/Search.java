package com.healthpress.search;

import com.healthpress.storage.Dialect;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Full-text search over the public articles' titles, leads and FAQ questions, with the database's own search:
 * H2's native full-text index or PostgreSQL's text search. Results are ranked (title matches first), paged and
 * marked. Whatever the query holds, a search never fails: a query the database cannot use finds nothing. Only a
 * database that cannot be reached fails it, so that an outage is never shown (and cached) as "no results".
 */
public final class Search {

    /**
     * The most matches ranked for one query. Both databases must look at every match to rank them, so a query
     * matching most articles would cost as much as the whole site; past this many, only this many are ranked.
     */
    public static final int CANDIDATES = 5_000;

    private static final String UNUSED_SLOT = String.valueOf(Highlighted.START);
    private static final String MARKERS = "" + Highlighted.START + Highlighted.STOP;
    private static final String TITLE_OPTIONS = "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP
            + ", HighlightAll=TRUE";
    private static final String LEAD_OPTIONS = "StartSel=" + Highlighted.START + ", StopSel=" + Highlighted.STOP
            + ", MaxWords=40, MinWords=20, ShortWord=2";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;

    public Search(Jdbi jdbi, Dialect dialect, Clock clock) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Page {@code page} (from 1) of {@code pageSize} results; none for an empty query or a page past the last. */
    public SearchResults find(SearchQuery query, int page, int pageSize) {
        int offset = (page - 1) * pageSize;
        if (query.isEmpty() || query.isTooLong() || page < 1 || offset >= CANDIDATES) {
            return SearchResults.none(query.text(), page, pageSize);
        }
        // A failure is never "nothing found": answered as an empty page, it would be cached and shown as the truth.
        return dialect == Dialect.POSTGRESQL ? onPostgres(query, page, pageSize, offset)
                : onH2(query, page, pageSize, offset);
    }

    /**
     * The ids of at most {@code limit} articles (of any status: the caller picks) whose search document (title, lead,
     * FAQ questions) holds every word of {@code words}, in no useful order: the index's own answer, for callers that
     * rank what it finds themselves, such as the editor's link suggestions. Costs one look-up in the index.
     */
    public List<Long> articlesHoldingEvery(String words, int limit) {
        if (dialect == Dialect.POSTGRESQL) {
            String text = SearchQuery.of(words).text();
            return text.isEmpty() ? List.of() : jdbi.withHandle(handle -> handle
                    .attach(PostgresSearchRepository.class).candidates(text, limit));
        }
        List<String> terms = SearchTerms.of(words);
        return terms.isEmpty() ? List.of() : jdbi.withHandle(handle -> handle.attach(H2SearchRepository.class)
                .candidates(String.join(" ", terms), limit));
    }

    private SearchResults onH2(SearchQuery query, int page, int pageSize, int offset) {
        List<String> terms = SearchTerms.of(query.text());
        if (terms.isEmpty()) {
            return SearchResults.none(query.text(), page, pageSize);
        }
        String[] slots = new String[SearchTerms.MAX_TERMS];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i < terms.size() ? terms.get(i) : UNUSED_SLOT;
        }
        String words = String.join(" ", terms);
        List<SearchRow> rows = jdbi.withHandle(handle -> {
            H2SearchRepository repository = handle.attach(H2SearchRepository.class);
            Long[] candidates = repository.candidates(words, CANDIDATES + 1).toArray(Long[]::new);
            return repository.search(candidates, words, slots[0], slots[1], slots[2], slots[3], slots[4], slots[5],
                    slots[6], slots[7], clock.instant(), pageSize, offset);
        });
        Set<String> marked = new LinkedHashSet<>(terms);
        return results(query, page, pageSize, rows.stream().map(row -> new SearchResult(row.slug(), row.topic(),
                row.publishedAt(), Highlighted.ofTerms(row.title(), marked),
                Highlighted.ofTerms(Excerpts.around(row.lead(), marked), marked), row.heroImage())).toList(), rows);
    }

    private SearchResults onPostgres(SearchQuery query, int page, int pageSize, int offset) {
        List<SearchRow> rows = jdbi.withHandle(handle -> handle.attach(PostgresSearchRepository.class).search(
                query.text(), MARKERS, TITLE_OPTIONS, LEAD_OPTIONS, CANDIDATES + 1, clock.instant(), pageSize,
                offset));
        return results(query, page, pageSize, rows.stream().map(row -> new SearchResult(row.slug(), row.topic(),
                row.publishedAt(), Highlighted.fromSentinels(row.title()),
                Highlighted.fromSentinels(row.lead()), row.heroImage())).toList(), rows);
    }

    private static SearchResults results(SearchQuery query, int page, int pageSize, List<SearchResult> items,
                                         List<SearchRow> rows) {
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new SearchResults(query.text(), items, total, page, pageSize);
    }
}
