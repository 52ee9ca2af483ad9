package com.healthpress.account;

import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Creates accounts, changes their passwords, roles and state, and checks them at login. Usernames are unique without
 * regard to case; passwords are stored as bcrypt hashes only. At least one admin who can log in always remains.
 */
public final class AccountService {

    static final int USERNAME_MIN_LENGTH = 3;
    static final int USERNAME_MAX_LENGTH = 60;
    static final String USERNAME_RULE = "A username has " + USERNAME_MIN_LENGTH + " to " + USERNAME_MAX_LENGTH
            + " characters: letters, digits, dots, underscores and hyphens.";
    static final String LAST_ADMIN = "there must always be an admin who can log in to manage the accounts. Give "
            + "another account the admin role first.";
    private static final Pattern USERNAME =
            Pattern.compile("[A-Za-z0-9._-]{" + USERNAME_MIN_LENGTH + "," + USERNAME_MAX_LENGTH + "}");

    private final Jdbi jdbi;
    private final Clock clock;

    public AccountService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Creates an admin; throws {@link AccountException} for a bad or taken username or a bad password. */
    public Account create(String username, String password) {
        return create(username, password, Roles.of(Role.ADMIN));
    }

    /** Creates an account with these roles; throws {@link AccountException} as {@link #create(String, String)}. */
    public Account create(String username, String password, Roles roles) {
        String hash = checkedHash(username, password);
        return jdbi.inTransaction(handle -> {
            // A setup link still waiting is of no use any more once an account exists.
            handle.attach(SetupTokenRepository.class).deleteAll();
            return insert(handle, username, hash, roles);
        });
    }

    /** Sets a new password and ends every session of the account; throws for an unknown name or a bad password. */
    public Account changePassword(String username, String password) {
        passwordProblem(password);
        String hash = Passwords.hash(password);
        return jdbi.inTransaction(handle -> {
            AccountRepository accounts = handle.attach(AccountRepository.class);
            StoredAccount account = accounts.find(username).orElseThrow(() ->
                    new AccountException("username", "There is no admin called \"" + username + "\"."));
            accounts.updatePassword(account.id(), hash, clock.instant());
            handle.attach(SessionRepository.class).deleteForAccount(account.id());
            return account.account(handle);
        });
    }

    /** Every account with its roles and state, by username. */
    public List<AccountSummary> list() {
        return jdbi.withHandle(handle -> {
            Map<Long, Roles> roles = handle.attach(AccountRoleRepository.class).all();
            return handle.attach(AccountRepository.class).list().stream()
                    .map(row -> row.with(roles.getOrDefault(row.id(), Roles.NONE)))
                    .toList();
        });
    }

    /** Gives the account exactly these roles; refused when that would leave no admin who can log in. */
    public Account changeRoles(long accountId, Roles roles) {
        return jdbi.inTransaction(handle -> {
            StoredAccount account = lockedForChange(handle, accountId);
            boolean wasAdmin = isAdminWhoCanLogIn(handle, account);
            handle.attach(AccountRoleRepository.class).set(accountId, roles);
            handle.attach(AccountRepository.class).touch(accountId, clock.instant());
            refuseWithoutAnAdmin(handle, wasAdmin, account, "keeps the admin role");
            return account.account(roles);
        });
    }

    /**
     * Disables the account, which ends its sessions at once, or enables it again; refused when disabling it would
     * leave no admin who can log in.
     */
    public Account setDisabled(long accountId, boolean disabled) {
        return jdbi.inTransaction(handle -> {
            StoredAccount account = lockedForChange(handle, accountId);
            boolean wasAdmin = isAdminWhoCanLogIn(handle, account);
            handle.attach(AccountRepository.class).updateDisabled(accountId, disabled, clock.instant());
            if (disabled) {
                handle.attach(SessionRepository.class).deleteForAccount(accountId);
                refuseWithoutAnAdmin(handle, wasAdmin, account, "stays enabled");
            }
            return account.account(handle);
        });
    }

    /**
     * The account when the password is right and the account may log in. Takes about as long for an unknown,
     * disabled or invited account as for a wrong password, so the answer's timing does not tell which names exist.
     */
    Optional<Account> authenticate(String username, String password) {
        Optional<StoredAccount> account = validUsername(username) && password.length() <= Passwords.MAX_LENGTH * 4
                ? jdbi.withExtension(AccountRepository.class, accounts -> accounts.find(username))
                        .filter(StoredAccount::canLogIn)
                : Optional.empty();
        if (account.isEmpty()) {
            Passwords.checkAgainstNothing(password);
            return Optional.empty();
        }
        return Passwords.matches(password, account.get().passwordHash())
                ? Optional.of(jdbi.withHandle(handle -> account.get().account(handle)))
                : Optional.empty();
    }

    /**
     * Creates the first admin with the one-time setup token (given as its SHA-256), and uses the token up. Empty when
     * the token is unknown or an account exists already, also when two setups race: the token rows are deleted inside
     * the transaction, so the slower one waits for the faster one and then finds nothing to delete.
     */
    Optional<Account> createFirst(String setupTokenHash, String username, String password) {
        String hash = checkedHash(username, password);
        return jdbi.inTransaction(handle -> {
            SetupTokenRepository tokens = handle.attach(SetupTokenRepository.class);
            if (tokens.delete(setupTokenHash) == 0) {
                return Optional.empty();
            }
            // Any other token goes too: its deletion conflicts with a setup racing on it, so only one commits.
            tokens.deleteAll();
            return handle.attach(AccountRepository.class).count() > 0 ? Optional.<Account>empty()
                    : Optional.of(insert(handle, username, hash, Roles.of(Role.ADMIN)));
        });
    }

    /** Inserts an account with its roles; a null hash makes an invited account without a password yet. */
    Account insert(Handle handle, String username, String hash, Roles roles) {
        AccountRepository accounts = handle.attach(AccountRepository.class);
        if (accounts.find(username).isPresent()) {
            throw taken(username);
        }
        long id;
        try {
            id = accounts.insert(username, hash, clock.instant());
        } catch (UnableToExecuteStatementException e) {
            // Two creations of one name at the same moment: the unique constraint stops the second.
            if (Constraints.isUniqueViolation(e)) {
                throw taken(username);
            }
            throw e;
        }
        handle.attach(AccountRoleRepository.class).set(id, roles);
        return accounts.findById(id).map(stored -> stored.account(roles))
                .orElseThrow(() -> new IllegalStateException("account " + id + " vanished after insert"));
    }

    /** Why the username cannot be used, or empty. */
    static Optional<String> usernameProblem(String username) {
        return validUsername(username) ? Optional.empty() : Optional.of(USERNAME_RULE);
    }

    private static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private StoredAccount lockedForChange(Handle handle, long accountId) {
        AccountRepository accounts = handle.attach(AccountRepository.class);
        accounts.lockAdminsWhoCanLogIn();
        return accounts.findById(accountId).orElseThrow(() ->
                new AccountException("account", "There is no such account any more."));
    }

    private static boolean isAdminWhoCanLogIn(Handle handle, StoredAccount account) {
        return account.canLogIn()
                && handle.attach(AccountRoleRepository.class).rolesOf(account.id()).contains(Role.ADMIN);
    }

    /** Undoes the transaction's change when it took away the last admin who can log in. */
    private static void refuseWithoutAnAdmin(Handle handle, boolean wasAdmin, StoredAccount changed, String what) {
        if (wasAdmin && handle.attach(AccountRepository.class).countAdminsWhoCanLogIn() == 0) {
            throw new AccountException("account", changed.username() + " " + what + ": " + LAST_ADMIN);
        }
    }

    private String checkedHash(String username, String password) {
        usernameProblem(username).ifPresent(problem -> {
            throw new AccountException("username", problem);
        });
        passwordProblem(password);
        return Passwords.hash(password);
    }

    static void passwordProblem(String password) {
        Passwords.problem(password).ifPresent(problem -> {
            throw new AccountException("password", problem);
        });
    }

    private static AccountException taken(String username) {
        return new AccountException("username", "The username \"" + username + "\" is taken.");
    }
}
