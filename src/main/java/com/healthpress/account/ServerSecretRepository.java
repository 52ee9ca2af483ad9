package com.healthpress.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code server_secret}: keys made once and shared by every instance, by name. */
interface ServerSecretRepository {

    @SqlQuery("SELECT secret FROM server_secret WHERE name = :name")
    Optional<String> find(@Bind("name") String name);

    @SqlUpdate("INSERT INTO server_secret (name, secret, created_at) VALUES (:name, :secret, :now)")
    void insert(@Bind("name") String name, @Bind("secret") String secret, @Bind("now") Instant now);
}
