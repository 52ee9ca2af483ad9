package com.healthpress.account;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** All SQL for {@code account_role}: the roles each account holds, by their stored names. */
@RegisterConstructorMapper(AccountRoleRepository.RoleRow.class)
interface AccountRoleRepository {

    /** One role of one account. */
    record RoleRow(long accountId, String role) {
    }

    @SqlQuery("SELECT role FROM account_role WHERE account_id = :accountId")
    List<String> roleNamesOf(@Bind("accountId") long accountId);

    @SqlQuery("SELECT account_id, role FROM account_role")
    List<RoleRow> allRows();

    @SqlBatch("INSERT INTO account_role (account_id, role) VALUES (:accountId, :role)")
    void insert(@Bind("accountId") long accountId, @Bind("role") List<String> roles);

    @SqlUpdate("DELETE FROM account_role WHERE account_id = :accountId")
    int deleteFor(@Bind("accountId") long accountId);

    default Roles rolesOf(long accountId) {
        return Roles.named(roleNamesOf(accountId));
    }

    /** Replaces the account's roles with these. */
    default void set(long accountId, Roles roles) {
        deleteFor(accountId);
        if (!roles.isEmpty()) {
            insert(accountId, roles.inOrder().stream().map(Role::storedName).toList());
        }
    }

    /** Every account's roles, by account id. */
    default Map<Long, Roles> all() {
        return allRows().stream().collect(Collectors.groupingBy(RoleRow::accountId,
                Collectors.collectingAndThen(Collectors.mapping(RoleRow::role, Collectors.toList()), Roles::named)));
    }
}
