package com.healthpress.articles;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.MedicalReview;
import com.healthpress.image.HeroImageColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code article} row to an {@link Article} without its FAQ and references, which live in their own tables. */
public final class ArticleRowMapper implements RowMapper<Article> {

    @Override
    public Article map(ResultSet rs, StatementContext ctx) throws SQLException {
        return Article.builder()
                .id(rs.getLong("id"))
                .slug(rs.getString("slug"))
                .title(rs.getString("title"))
                .metaTitle(rs.getString("meta_title"))
                .metaDescription(rs.getString("meta_description"))
                .focusKeyword(rs.getString("focus_keyword"))
                .lead(rs.getString("lead"))
                .body(rs.getString("body"))
                .author(Author.linked(rs.getLong("author_id"), rs.getString("author_slug"),
                        rs.getString("author_name"), Author.Kind.valueOf(rs.getString("author_kind")),
                        rs.getString("author_credentials")))
                .review(review(rs))
                .nextReviewDue(date(rs, "next_review_due"))
                .reviewEveryMonths(integer(rs, "review_interval_months"))
                .reviewDue(date(rs, "review_due"))
                .topic(rs.getString("topic"))
                .status(ArticleStatus.fromStoredName(rs.getString("status")))
                .publishedAt(instant(rs, "published_at"))
                .createdAt(instant(rs, "created_at"))
                .updatedAt(instant(rs, "updated_at"))
                .contentUpdatedAt(instant(rs, "content_updated_at"))
                .version(rs.getInt("version"))
                .heroImage(HeroImageColumns.heroImage(rs))
                .build();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static MedicalReview review(ResultSet rs) throws SQLException {
        long reviewerId = rs.getLong("reviewer_id");
        if (rs.wasNull()) {
            return null;
        }
        return new MedicalReview(reviewerId, rs.getString("reviewer_slug"), rs.getString("reviewer_name"),
                rs.getString("reviewer_credentials"), date(rs, "last_reviewed"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
