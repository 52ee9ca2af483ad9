package com.healthpress.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * All SQL for {@code admin_session}. Rows are found by the SHA-256 of the cookie value, never by the value; a disabled
 * account's session is never found, whatever else may be left of it.
 */
@RegisterConstructorMapper(StoredSession.class)
interface SessionRepository {

    @SqlQuery("""
            SELECT a.id AS account_id, a.username, a.created_at AS account_created_at,
                   s.csrf_token, s.created_at, s.last_seen_at
            FROM admin_session s JOIN account a ON a.id = s.account_id
            WHERE s.id_hash = :idHash AND NOT a.disabled""")
    Optional<StoredSession> find(@Bind("idHash") String idHash);

    @SqlUpdate("INSERT INTO admin_session (id_hash, account_id, csrf_token, created_at, last_seen_at) "
            + "VALUES (:idHash, :accountId, :csrfToken, :now, :now)")
    void insert(@Bind("idHash") String idHash, @Bind("accountId") long accountId,
                @Bind("csrfToken") String csrfToken, @Bind("now") Instant now);

    @SqlUpdate("UPDATE admin_session SET last_seen_at = :now WHERE id_hash = :idHash")
    void touch(@Bind("idHash") String idHash, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM admin_session WHERE id_hash = :idHash")
    int delete(@Bind("idHash") String idHash);

    @SqlUpdate("DELETE FROM admin_session WHERE account_id = :accountId")
    int deleteForAccount(@Bind("accountId") long accountId);

    @SqlUpdate("DELETE FROM admin_session WHERE last_seen_at < :idleSince OR created_at < :createdSince")
    int deleteExpired(@Bind("idleSince") Instant idleSince, @Bind("createdSince") Instant createdSince);
}
