package com.healthpress.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code article} row to an {@link Article} without its FAQ, which lives in its own table. */
public final class ArticleRowMapper implements RowMapper<Article> {

    @Override
    public Article map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Article(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("meta_title"),
                rs.getString("meta_description"),
                rs.getString("focus_keyword"),
                rs.getString("lead"),
                rs.getString("body"),
                new Author(rs.getString("author_name"), Author.Kind.valueOf(rs.getString("author_kind")),
                        rs.getString("author_url")),
                review(rs),
                rs.getString("topic"),
                ArticleStatus.fromStoredName(rs.getString("status")),
                instant(rs, "published_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"),
                List.of());
    }

    private static MedicalReview review(ResultSet rs) throws SQLException {
        String reviewer = rs.getString("reviewer_name");
        if (reviewer == null || reviewer.isBlank()) {
            return null;
        }
        java.sql.Date reviewed = rs.getDate("last_reviewed");
        LocalDate lastReviewed = reviewed == null ? null : reviewed.toLocalDate();
        return new MedicalReview(reviewer, rs.getString("reviewer_credentials"), lastReviewed);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
