package com.healthpress.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code account} table. Usernames match without regard to case. */
@RegisterConstructorMapper(StoredAccount.class)
interface AccountRepository {

    @SqlQuery("SELECT COUNT(*) FROM account")
    long count();

    @SqlQuery("SELECT id, username, password_hash, created_at FROM account WHERE LOWER(username) = LOWER(:username)")
    Optional<StoredAccount> find(@Bind("username") String username);

    @SqlUpdate("INSERT INTO account (username, password_hash, created_at, updated_at) "
            + "VALUES (:username, :passwordHash, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("username") String username, @Bind("passwordHash") String passwordHash,
                @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET password_hash = :passwordHash, updated_at = :now WHERE id = :id")
    int updatePassword(@Bind("id") long id, @Bind("passwordHash") String passwordHash, @Bind("now") Instant now);
}
