package com.healthpress.search;

import com.healthpress.image.HeroImageColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a ranked match with its hero image's columns (see the search SQL) to a {@link SearchRow}. */
public final class SearchRowMapper implements RowMapper<SearchRow> {

    @Override
    public SearchRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new SearchRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"),
                rs.getString("topic"), publishedAt == null ? null : publishedAt.toInstant(), rs.getLong("total"),
                HeroImageColumns.heroImage(rs));
    }
}
