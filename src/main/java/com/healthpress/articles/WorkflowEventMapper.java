package com.healthpress.articles;

import com.healthpress.article.Author;
import com.healthpress.article.WorkflowEvent;
import com.healthpress.article.WorkflowEventKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code workflow_event} row, joined with its reviewer's person record, to a {@link WorkflowEvent}. */
public final class WorkflowEventMapper implements RowMapper<WorkflowEvent> {

    @Override
    public WorkflowEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        long reviewerId = rs.getLong("reviewer_id");
        Author reviewer = rs.wasNull() ? null : Author.linked(reviewerId, rs.getString("reviewer_slug"),
                rs.getString("reviewer_name"), Author.Kind.valueOf(rs.getString("reviewer_kind")),
                rs.getString("reviewer_credentials"));
        java.sql.Date reviewedOn = rs.getDate("reviewed_on");
        return new WorkflowEvent(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("version"),
                WorkflowEventKind.fromStoredName(rs.getString("kind")), rs.getString("username"), reviewer,
                reviewedOn == null ? null : reviewedOn.toLocalDate(),
                ArticleRowMapper.instant(rs, "occurred_at"), rs.getString("comment"));
    }
}
