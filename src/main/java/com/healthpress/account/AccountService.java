package com.healthpress.account;

import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Creates admins, changes their passwords and checks them at login. Usernames are unique without regard to case;
 * passwords are stored as bcrypt hashes only.
 */
public final class AccountService {

    static final int USERNAME_MIN_LENGTH = 3;
    static final int USERNAME_MAX_LENGTH = 60;
    static final String USERNAME_RULE = "A username has " + USERNAME_MIN_LENGTH + " to " + USERNAME_MAX_LENGTH
            + " characters: letters, digits, dots, underscores and hyphens.";
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
        String hash = checkedHash(username, password);
        return jdbi.inTransaction(handle -> {
            AccountRepository accounts = handle.attach(AccountRepository.class);
            if (accounts.find(username).isPresent()) {
                throw taken(username);
            }
            // A setup link still waiting is of no use any more once an admin exists.
            handle.attach(SetupTokenRepository.class).deleteAll();
            return insert(accounts, username, hash);
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
            return account.account();
        });
    }

    /**
     * The account when the password is right. Takes about as long for an unknown username as for a wrong
     * password, so the answer's timing does not tell which names exist.
     */
    Optional<Account> authenticate(String username, String password) {
        Optional<StoredAccount> account = validUsername(username) && password.length() <= Passwords.MAX_LENGTH * 4
                ? jdbi.withExtension(AccountRepository.class, accounts -> accounts.find(username))
                : Optional.empty();
        if (account.isEmpty()) {
            Passwords.checkAgainstNothing(password);
            return Optional.empty();
        }
        return Passwords.matches(password, account.get().passwordHash())
                ? Optional.of(account.get().account())
                : Optional.empty();
    }

    /**
     * Creates the first admin with the one-time setup token (given as its SHA-256), and uses the token up. Empty when
     * the token is unknown or an admin exists already, also when two setups race: the token rows are deleted inside
     * the transaction, so the slower one waits for the faster one and then finds nothing to delete.
     */
    Optional<Account> createFirst(String setupTokenHash, String username, String password) {
        String hash = checkedHash(username, password);
        return jdbi.inTransaction(handle -> {
            SetupTokenRepository tokens = handle.attach(SetupTokenRepository.class);
            AccountRepository accounts = handle.attach(AccountRepository.class);
            if (tokens.delete(setupTokenHash) == 0) {
                return Optional.empty();
            }
            // Any other token goes too: its deletion conflicts with a setup racing on it, so only one commits.
            tokens.deleteAll();
            return accounts.count() > 0 ? Optional.<Account>empty() : Optional.of(insert(accounts, username, hash));
        });
    }

    /** Why the username cannot be used, or empty. */
    static Optional<String> usernameProblem(String username) {
        return validUsername(username) ? Optional.empty() : Optional.of(USERNAME_RULE);
    }

    private static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private String checkedHash(String username, String password) {
        usernameProblem(username).ifPresent(problem -> {
            throw new AccountException("username", problem);
        });
        passwordProblem(password);
        return Passwords.hash(password);
    }

    private static void passwordProblem(String password) {
        Passwords.problem(password).ifPresent(problem -> {
            throw new AccountException("password", problem);
        });
    }

    private Account insert(AccountRepository accounts, String username, String hash) {
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
        return accounts.find(username).map(StoredAccount::account)
                .orElseThrow(() -> new IllegalStateException("account " + id + " vanished after insert"));
    }

    private static AccountException taken(String username) {
        return new AccountException("username", "The username \"" + username + "\" is taken.");
    }
}
