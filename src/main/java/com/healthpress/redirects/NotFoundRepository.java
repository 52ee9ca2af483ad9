package com.healthpress.redirects;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code not_found}, the 404 log, written only in batches by {@link NotFoundLog}. */
@RegisterConstructorMapper(NotFoundEntry.class)
public interface NotFoundRepository {

    String COLUMNS = "id, path, hits, first_seen, last_seen, referrer_host";

    /** Adds each count to its path's row; a path without a row counts 0 updated. */
    @SqlBatch("""
            UPDATE not_found SET hits = hits + :hits, last_seen = GREATEST(last_seen, :lastSeen),
                                 referrer_host = COALESCE(CAST(:referrerHost AS VARCHAR(253)), referrer_host)
            WHERE path = :path""")
    int[] add(@BindMethods List<NotFoundLog.Count> counts);

    @SqlBatch("""
            INSERT INTO not_found (path, hits, first_seen, last_seen, referrer_host)
            VALUES (:path, :hits, :firstSeen, :lastSeen, :referrerHost)""")
    void insert(@BindMethods List<NotFoundLog.Count> counts);

    @SqlQuery("SELECT COUNT(*) FROM not_found")
    int count();

    /** Removes the rows seen fewest times, the longest unseen of them first. */
    @SqlUpdate("DELETE FROM not_found WHERE id IN (SELECT id FROM not_found ORDER BY hits, last_seen, id "
            + "LIMIT :rows)")
    int deleteLeastSeen(@Bind("rows") int rows);

    @SqlQuery("SELECT " + COLUMNS + " FROM not_found ORDER BY hits DESC, last_seen DESC, id LIMIT :limit "
            + "OFFSET :offset")
    List<NotFoundEntry> mostSeen(@Bind("offset") int offset, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM not_found WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("DELETE FROM not_found")
    int deleteAll();

    /** A path that a redirect answers now leaves the log. */
    @SqlUpdate("DELETE FROM not_found WHERE path = :path")
    int forget(@Bind("path") String path);
}
