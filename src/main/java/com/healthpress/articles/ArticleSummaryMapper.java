package com.healthpress.articles;

import com.healthpress.article.ArticleSummary;
import com.healthpress.image.HeroImageColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a listing row, with its hero image joined as in ArticleRepository.SELECT_ARTICLE, to an {@link ArticleSummary}. */
public final class ArticleSummaryMapper implements RowMapper<ArticleSummary> {

    @Override
    public ArticleSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"),
                rs.getString("topic"), ArticleRowMapper.instant(rs, "published_at"),
                ArticleRowMapper.instant(rs, "updated_at"), HeroImageColumns.heroImage(rs));
    }
}
