package com.healthpress.account;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code login_failure}: recent failed logins by username key and by client address. */
interface LoginFailureRepository {

    @SqlUpdate("INSERT INTO login_failure (username, address, failed_at) VALUES (:username, :address, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("username") String username, @Bind("address") String address, @Bind("now") Instant now);

    @SqlQuery("SELECT failed_at FROM login_failure WHERE username = :username AND failed_at > :since "
            + "ORDER BY failed_at")
    List<Instant> byUsername(@Bind("username") String username, @Bind("since") Instant since);

    @SqlQuery("SELECT failed_at FROM login_failure WHERE address = :address AND failed_at > :since "
            + "ORDER BY failed_at")
    List<Instant> byAddress(@Bind("address") String address, @Bind("since") Instant since);

    @SqlUpdate("DELETE FROM login_failure WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlUpdate("DELETE FROM login_failure WHERE username = :username")
    void deleteForUsername(@Bind("username") String username);

    @SqlUpdate("DELETE FROM login_failure WHERE failed_at <= :before")
    void deleteOlderThan(@Bind("before") Instant before);
}
