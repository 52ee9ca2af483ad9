package com.healthpress.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL of the {@code api_key} table (V29). */
@RegisterConstructorMapper(ApiKey.class)
interface ApiKeyRepository {

    String COLUMNS = "id, name, key_prefix, created_at, created_by, revoked_at, revoked_by, last_used_at";

    @SqlUpdate("INSERT INTO api_key (name, key_hash, key_prefix, created_at, created_by) "
            + "VALUES (:name, :keyHash, :keyPrefix, :now, :by)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("keyHash") String keyHash, @Bind("keyPrefix") String keyPrefix,
                @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("SELECT " + COLUMNS + " FROM api_key WHERE id = :id")
    Optional<ApiKey> find(@Bind("id") long id);

    /** Active keys first, then the newest. */
    @SqlQuery("SELECT " + COLUMNS + " FROM api_key ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, id DESC")
    List<ApiKey> listAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :keyHash AND revoked_at IS NULL")
    Optional<ApiKey> findActive(@Bind("keyHash") String keyHash);

    @SqlUpdate("UPDATE api_key SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("UPDATE api_key SET last_used_at = :now WHERE id = :id")
    void markUsed(@Bind("id") long id, @Bind("now") Instant now);
}
