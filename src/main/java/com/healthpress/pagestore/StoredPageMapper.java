package com.healthpress.pagestore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code stored_page} row by hand: it is read on every request the memory cache misses. */
public final class StoredPageMapper implements RowMapper<StoredPage> {

    @Override
    public StoredPage map(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp lastModified = rs.getTimestamp(4);
        return new StoredPage(rs.getString(1), rs.getString(2), rs.getString(3), lastModified.toInstant(),
                rs.getBytes(5), rs.getBytes(6), rs.getString(7), rs.getString(8), rs.getBoolean(9));
    }
}
