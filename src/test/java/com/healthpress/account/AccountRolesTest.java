package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestDatabases;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.config.Config;
import com.healthpress.storage.Database;
import com.healthpress.storage.SchemaAt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roles, disabled accounts and invitations as stored, on a real database (H2, or PostgreSQL in that run): what the
 * migration gives existing accounts, what a session sees, and the rule that an admin who can log in remains.
 */
class AccountRolesTest {

    private static final String PASSWORD = "a long enough password";

    private final String url = TestDatabases.fresh();
    private final Database database = Database.open(url);
    private final MutableClock clock = MutableClock.startingNow();
    private final AccountService accounts = new AccountService(database.jdbi(), clock);
    private final SessionStore sessions = new SessionStore(database.jdbi(), clock);
    private final Invitations invitations = new Invitations(database.jdbi(),
            new Config(7070, url, "https://health.example", "Test"), clock, accounts);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theMigrationMakesEveryAccountFromBeforeRolesAnAdmin() {
        String old = TestDatabases.fresh();
        // The schema as V15 left it, with an account made then.
        SchemaAt.migrateOnlyTo(old, "15", handle -> handle.execute("INSERT INTO account (username, password_hash, "
                + "created_at, updated_at) VALUES ('old-timer', '" + Passwords.hash(PASSWORD) + "', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)"));

        try (Database migrated = Database.open(old)) {
            Account account = new AccountService(migrated.jdbi(), clock).authenticate("old-timer", PASSWORD)
                    .orElseThrow();

            assertEquals(Roles.of(Role.ADMIN), account.roles());
        }
    }

    @Test
    void anAccountHoldsTheRolesItWasGivenAndASessionSeesAChangeAtItsNextRequest() {
        accounts.create("boss", PASSWORD);
        Account writer = accounts.create("wendy", PASSWORD, Roles.of(Role.WRITER, Role.REVIEWER));
        String cookie = sessions.start(writer).cookieValue();

        assertEquals(Roles.of(Role.WRITER, Role.REVIEWER), accounts.authenticate("wendy", PASSWORD).orElseThrow().roles());
        assertEquals(Roles.of(Role.WRITER, Role.REVIEWER), sessions.find(cookie).orElseThrow().account().roles());

        accounts.changeRoles(writer.id(), Roles.of(Role.EDITOR));

        assertEquals(Roles.of(Role.EDITOR), sessions.find(cookie).orElseThrow().account().roles());
    }

    @Test
    void disablingEndsTheSessionsAtOnceAndRefusesLoginUntilEnabledAgain() {
        accounts.create("boss", PASSWORD);
        Account writer = accounts.create("wendy", PASSWORD, Roles.of(Role.WRITER));
        String cookie = sessions.start(writer).cookieValue();

        accounts.setDisabled(writer.id(), true);

        assertTrue(sessions.find(cookie).isEmpty());
        assertTrue(accounts.authenticate("wendy", PASSWORD).isEmpty());
        long sessionRows = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM admin_session WHERE account_id = " + writer.id()).mapTo(Long.class).one());
        assertEquals(0, sessionRows);

        accounts.setDisabled(writer.id(), false);

        assertTrue(accounts.authenticate("wendy", PASSWORD).isPresent());
    }

    @Test
    void aSessionOfADisabledAccountIsNeverFoundWhateverRowIsLeft() {
        accounts.create("boss", PASSWORD);
        Account writer = accounts.create("wendy", PASSWORD, Roles.of(Role.WRITER));
        accounts.setDisabled(writer.id(), true);

        String cookie = sessions.start(writer).cookieValue();

        assertTrue(sessions.find(cookie).isEmpty());
    }

    @Test
    void theLastAdminWhoCanLogInKeepsTheRoleAndStaysEnabled() {
        Account boss = accounts.create("boss", PASSWORD);
        Account disabledAdmin = accounts.create("former-boss", PASSWORD);
        accounts.setDisabled(disabledAdmin.id(), true);
        invitations.invite("future-boss", Roles.of(Role.ADMIN));

        AccountException demoted = assertThrows(AccountException.class,
                () -> accounts.changeRoles(boss.id(), Roles.of(Role.EDITOR)));
        AccountException disabled = assertThrows(AccountException.class, () -> accounts.setDisabled(boss.id(), true));

        assertTrue(demoted.getMessage().startsWith("boss keeps the admin role: there must always be an admin"),
                demoted.getMessage());
        assertTrue(disabled.getMessage().startsWith("boss stays enabled"), disabled.getMessage());
        assertEquals(Roles.of(Role.ADMIN), accounts.authenticate("boss", PASSWORD).orElseThrow().roles());

        accounts.setDisabled(disabledAdmin.id(), false);
        accounts.changeRoles(boss.id(), Roles.of(Role.EDITOR));

        assertEquals(Roles.of(Role.EDITOR), accounts.authenticate("boss", PASSWORD).orElseThrow().roles());
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        Account first = accounts.create("first-boss", PASSWORD);
        Account second = accounts.create("second-boss", PASSWORD);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                accounts.changeRoles(first.id(), Roles.of(Role.ADMIN));
                accounts.changeRoles(second.id(), Roles.of(Role.ADMIN));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> demotions = new ArrayList<>();
                for (Account admin : List.of(first, second)) {
                    demotions.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            accounts.changeRoles(admin.id(), Roles.of(Role.EDITOR));
                            return true;
                        } catch (AccountException refused) {
                            return false;
                        }
                    }));
                }
                int demoted = 0;
                for (Future<Boolean> demotion : demotions) {
                    demoted += demotion.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertEquals(1, demoted, "round " + round);
                long admins = accounts.list().stream().filter(account -> account.holds("admin")).count();
                assertEquals(1, admins, "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anInvitationLinkLetsTheInviteePickAPasswordOnceAndOnlyBeforeItExpires() {
        accounts.create("boss", PASSWORD);
        Invitations.Invitation invitation = invitations.invite("wendy", Roles.of(Role.WRITER));
        String token = token(invitation);

        assertTrue(invitation.url().startsWith("https://health.example/admin/invite/"), invitation.url());
        assertEquals(clock.instant().plus(Invitations.LIFETIME), invitation.expiresAt());
        assertTrue(accounts.authenticate("wendy", PASSWORD).isEmpty(), "no password yet");
        assertEquals("wendy", invitations.invitee(token).orElseThrow().username());

        Account accepted = invitations.accept(token, PASSWORD).orElseThrow();

        assertEquals(Roles.of(Role.WRITER), accepted.roles());
        assertTrue(accounts.authenticate("wendy", PASSWORD).isPresent());
        assertTrue(invitations.invitee(token).isEmpty(), "used up");
        assertTrue(invitations.accept(token, "another long password").isEmpty());
        assertTrue(accounts.authenticate("wendy", PASSWORD).isPresent());

        String late = token(invitations.invite("walter", Roles.of(Role.WRITER)));
        clock.advance(Invitations.LIFETIME.plus(Duration.ofSeconds(1)));
        assertTrue(invitations.invitee(late).isEmpty(), "expired");
        assertTrue(invitations.accept(late, PASSWORD).isEmpty());
    }

    @Test
    void aNewLinkReplacesTheOldOneAndADisabledInviteeCannotUseIt() {
        accounts.create("boss", PASSWORD);
        String first = token(invitations.invite("wendy", Roles.of(Role.WRITER)));
        long wendy = accounts.list().stream().filter(account -> account.username().equals("wendy")).findFirst()
                .orElseThrow().id();

        String second = token(invitations.renew(wendy));

        assertTrue(invitations.invitee(first).isEmpty());
        assertTrue(invitations.invitee(second).isPresent());
        accounts.setDisabled(wendy, true);
        assertTrue(invitations.invitee(second).isEmpty());
        assertTrue(invitations.accept(second, PASSWORD).isEmpty());
    }

    @Test
    void theListShowsEachAccountsRolesAndState() {
        accounts.create("boss", PASSWORD);
        Account off = accounts.create("off", PASSWORD, Roles.of(Role.EDITOR));
        accounts.setDisabled(off.id(), true);
        Instant expires = invitations.invite("new-writer", Roles.of(Role.WRITER)).expiresAt();

        List<AccountSummary> list = accounts.list();

        assertEquals(List.of("boss", "new-writer", "off"), list.stream().map(AccountSummary::username).toList());
        assertEquals(AccountSummary.State.ACTIVE, list.get(0).state());
        assertEquals(Roles.of(Role.ADMIN), list.get(0).roles());
        assertEquals(AccountSummary.State.INVITED, list.get(1).state());
        assertEquals(expires, list.get(1).inviteExpiresAt());
        assertEquals(AccountSummary.State.DISABLED, list.get(2).state());
        assertFalse(list.get(2).holds("admin"));
        assertTrue(list.get(2).holds("editor"));
    }

    private static String token(Invitations.Invitation invitation) {
        return invitation.url().substring(invitation.url().lastIndexOf('/') + 1);
    }
}
