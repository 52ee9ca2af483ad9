package com.healthpress.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code account_invite}: the SHA-256 of each one-time invitation link, with its account. */
interface InviteRepository {

    @SqlQuery("SELECT account_id FROM account_invite WHERE token_hash = :tokenHash AND expires_at > :now")
    Optional<Long> findLive(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO account_invite (token_hash, account_id, created_at, expires_at) "
            + "VALUES (:tokenHash, :accountId, :now, :expiresAt)")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("accountId") long accountId, @Bind("now") Instant now,
                @Bind("expiresAt") Instant expiresAt);

    @SqlUpdate("DELETE FROM account_invite WHERE token_hash = :tokenHash")
    int delete(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("DELETE FROM account_invite WHERE account_id = :accountId")
    int deleteFor(@Bind("accountId") long accountId);
}
