package com.healthpress.account;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code setup_token}: the SHA-256 of the one-time link that creates the first account. */
interface SetupTokenRepository {

    @SqlQuery("SELECT COUNT(*) FROM setup_token WHERE token_hash = :tokenHash")
    int count(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("INSERT INTO setup_token (token_hash, created_at) VALUES (:tokenHash, :now)")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM setup_token WHERE token_hash = :tokenHash")
    int delete(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("DELETE FROM setup_token")
    int deleteAll();
}
