package com.healthpress.search;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Search on H2 with its native full-text index; the SQL is in {@code H2SearchRepository/} beside this class.
 * FT_SEARCH finds the articles that contain every word, in no useful order and all with a score of 1, so the
 * search query ranks them itself: each query word in the title counts 8, the whole query in the title 4 more,
 * each word in a FAQ question 2; a match in the lead alone counts 0. Ties go to the newer article. Slots t0…t7
 * hold the words; unused slots hold a character that no stored text contains.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(SearchRowMapper.class)
interface H2SearchRepository {

    /**
     * The ids of at most {@code candidates} articles holding every word. Asked apart from the ranking: joined with
     * the tables in one query, H2 could call FT_SEARCH again for each row of the join.
     */
    @SqlQuery
    List<Long> candidates(@Bind("words") String words, @Bind("candidates") int candidates);

    @SqlQuery
    List<SearchRow> search(@Bind("ids") Long[] ids, @Bind("phrase") String phrase,
                           @Bind("t0") String t0, @Bind("t1") String t1, @Bind("t2") String t2, @Bind("t3") String t3,
                           @Bind("t4") String t4, @Bind("t5") String t5, @Bind("t6") String t6, @Bind("t7") String t7,
                           @Bind("now") Instant now, @Bind("limit") int limit, @Bind("offset") int offset);
}
