package com.healthpress.pagestore;

import com.healthpress.changes.TagColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code stored_page} row ({@link StoredPageRepository#COLUMNS}) by hand: the index reads every one. */
final class StoredPageMapper implements RowMapper<StoredPage> {

    @Override
    public StoredPage map(ResultSet rs, StatementContext ctx) throws SQLException {
        List<String> tags = TagColumn.split(rs.getString(5));
        StoredPageIndex.Entry entry = StoredPageIndex.Entry.of(rs.getString(3), rs.getString(2),
                rs.getTimestamp(4).toInstant(), tags, rs.getInt(6), rs.getInt(7));
        return new StoredPage(rs.getString(1), entry, tags);
    }
}
