package com.healthpress.changes;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code change_event} table. */
@RegisterConstructorMapper(ChangeEvent.class)
public interface ChangeEventRepository {

    @SqlUpdate("INSERT INTO change_event (tags, created_at) VALUES (:tags, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("tags") String tags, @Bind("now") Instant now);

    @SqlQuery("SELECT id, tags FROM change_event WHERE id > :after ORDER BY id LIMIT 1000")
    List<ChangeEvent> listAfter(@Bind("after") long after);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM change_event")
    long lastId();

    @SqlUpdate("DELETE FROM change_event WHERE created_at < :before")
    int deleteOlderThan(@Bind("before") Instant before);
}
