package com.healthpress.account;

import com.healthpress.access.Roles;
import com.healthpress.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Invites a new account by a one-time link, as the setup link makes the first: the admin chooses the username and the
 * roles, the invitee the password. Only the token's SHA-256 is stored; the link works once, for {@link #LIFETIME},
 * and only while the account has no password and is not disabled.
 */
public final class Invitations {

    public static final Duration LIFETIME = Duration.ofDays(7);
    static final String PATH = "/admin/invite/";

    private final Jdbi jdbi;
    private final Config config;
    private final Clock clock;
    private final AccountService accounts;

    Invitations(Jdbi jdbi, Config config, Clock clock, AccountService accounts) {
        this.jdbi = jdbi;
        this.config = config;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A link just made, to be shown once: it is not stored anywhere. */
    public record Invitation(String username, String url, Instant expiresAt) {
    }

    /** Creates the account without a password and its link; throws {@link AccountException} for a bad or taken name. */
    public Invitation invite(String username, Roles roles) {
        AccountService.usernameProblem(username).ifPresent(problem -> {
            throw new AccountException("username", problem);
        });
        return jdbi.inTransaction(handle -> {
            Account account = accounts.insert(handle, username, null, roles);
            return newLink(handle, account.id(), account.username());
        });
    }

    /** A new link for an invited account in place of its earlier ones (which may have expired). */
    public Invitation renew(long accountId) {
        return jdbi.inTransaction(handle -> {
            StoredAccount account = handle.attach(AccountRepository.class).findById(accountId)
                    .filter(found -> found.passwordHash() == null)
                    .orElseThrow(() -> new AccountException("account",
                            "Only an account that has not picked its password yet gets a new invitation link."));
            return newLink(handle, accountId, account.username());
        });
    }

    /** The invited account this link is for, while the link works. */
    Optional<Account> invitee(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> inviteeOf(handle, Tokens.sha256Hex(token))
                .map(found -> found.account(handle)));
    }

    /**
     * Sets the invitee's password and uses the link up, in one transaction; empty when the link does not work (any
     * more). Throws {@link AccountException} for a bad password, leaving the link usable.
     */
    Optional<Account> accept(String token, String password) {
        AccountService.passwordProblem(password);
        String hash = Passwords.hash(password);
        String tokenHash = Tokens.sha256Hex(token);
        return jdbi.inTransaction(handle -> {
            Optional<StoredAccount> invitee = inviteeOf(handle, tokenHash);
            // Deleting the row first makes two acceptances of one link wait for each other: only one finds it.
            if (invitee.isEmpty() || handle.attach(InviteRepository.class).delete(tokenHash) == 0) {
                return Optional.<Account>empty();
            }
            handle.attach(InviteRepository.class).deleteFor(invitee.get().id());
            handle.attach(AccountRepository.class).updatePassword(invitee.get().id(), hash, clock.instant());
            return Optional.of(invitee.get().account(handle));
        });
    }

    private Optional<StoredAccount> inviteeOf(Handle handle, String tokenHash) {
        return handle.attach(InviteRepository.class).findLive(tokenHash, clock.instant())
                .flatMap(id -> handle.attach(AccountRepository.class).findById(id))
                .filter(account -> account.passwordHash() == null && !account.disabled());
    }

    private Invitation newLink(Handle handle, long accountId, String username) {
        String token = Tokens.random();
        Instant now = clock.instant();
        InviteRepository invites = handle.attach(InviteRepository.class);
        invites.deleteFor(accountId);
        invites.insert(Tokens.sha256Hex(token), accountId, now, now.plus(LIFETIME));
        return new Invitation(username, config.baseUrl() + PATH + token, now.plus(LIFETIME));
    }
}
