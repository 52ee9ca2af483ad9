package com.healthpress.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for the {@code account} table. Usernames match without regard to case. */
@RegisterConstructorMapper(StoredAccount.class)
@RegisterConstructorMapper(AccountSummary.Row.class)
interface AccountRepository {

    @SqlQuery("SELECT COUNT(*) FROM account")
    long count();

    @SqlQuery("SELECT id, username, password_hash, created_at, disabled FROM account "
            + "WHERE LOWER(username) = LOWER(:username)")
    Optional<StoredAccount> find(@Bind("username") String username);

    @SqlQuery("SELECT id, username, password_hash, created_at, disabled FROM account WHERE id = :id")
    Optional<StoredAccount> findById(@Bind("id") long id);

    /** A null hash makes an invited account, which cannot log in until the invitee picks a password. */
    @SqlUpdate("INSERT INTO account (username, password_hash, created_at, updated_at) "
            + "VALUES (:username, :passwordHash, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("username") String username, @Bind("passwordHash") String passwordHash,
                @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET password_hash = :passwordHash, updated_at = :now WHERE id = :id")
    int updatePassword(@Bind("id") long id, @Bind("passwordHash") String passwordHash, @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET disabled = :disabled, updated_at = :now WHERE id = :id")
    int updateDisabled(@Bind("id") long id, @Bind("disabled") boolean disabled, @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET updated_at = :now WHERE id = :id")
    int touch(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT a.id, a.username, a.created_at, a.disabled, a.password_hash IS NOT NULL AS has_password,
                   (SELECT MAX(i.expires_at) FROM account_invite i WHERE i.account_id = a.id) AS invite_expires_at
            FROM account a ORDER BY LOWER(a.username)""")
    List<AccountSummary.Row> list();

    /**
     * Locks the rows of every admin who can log in, so that two changes that would each leave one such admin run one
     * after the other, and the second counts what the first left.
     */
    @SqlQuery("""
            SELECT id FROM account
            WHERE NOT disabled AND password_hash IS NOT NULL
              AND id IN (SELECT account_id FROM account_role WHERE role = 'admin')
            FOR UPDATE""")
    List<Long> lockAdminsWhoCanLogIn();

    @SqlQuery("""
            SELECT COUNT(*) FROM account
            WHERE NOT disabled AND password_hash IS NOT NULL
              AND id IN (SELECT account_id FROM account_role WHERE role = 'admin')""")
    long countAdminsWhoCanLogIn();
}
