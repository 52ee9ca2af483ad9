package com.healthpress.search;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Search on PostgreSQL: websearch_to_tsquery over the weighted tsvector of article_search (GIN index), ranked by
 * ts_rank, the page's titles and leads marked by ts_headline with private-use markers that the text cannot hold
 * (they are removed from it first). The SQL is in {@code PostgresSearchRepository/search.sql} beside this class.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(SearchRowMapper.class)
interface PostgresSearchRepository {

    /** The ids of at most {@code candidates} articles holding every word, in no useful order. */
    @SqlQuery
    List<Long> candidates(@Bind("words") String words, @Bind("candidates") int candidates);

    @SqlQuery
    List<SearchRow> search(@Bind("query") String query, @Bind("markers") String markers,
                           @Bind("titleOptions") String titleOptions, @Bind("leadOptions") String leadOptions,
                           @Bind("candidates") int candidates, @Bind("now") Instant now, @Bind("limit") int limit,
                           @Bind("offset") int offset);
}
