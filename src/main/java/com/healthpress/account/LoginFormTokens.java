package com.healthpress.account;

import com.healthpress.storage.Constraints;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * The token of the login and setup forms, used before there is a session: the HMAC of the browser's login cookie
 * with a key kept in the database, so that only this site can make a token that fits a cookie. A cookie planted by
 * someone else, with a field to match, does not pass. The key is made once, by the first instance that needs it.
 */
public final class LoginFormTokens {

    private static final String KEY_NAME = "login_form";
    private static final String ALGORITHM = "HmacSHA256";

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile SecretKeySpec key;

    public LoginFormTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The form's token for this login cookie. */
    String tokenFor(String cookie) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] token = mac.doFinal(cookie.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }

    /** Whether the sent token is the one this site made for the cookie. */
    boolean matches(String cookie, String sentToken) {
        return Tokens.isWellFormed(cookie) && Tokens.sameSecret(tokenFor(cookie), sentToken);
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(Base64.getUrlDecoder().decode(storedKey()), ALGORITHM);
            key = known;
        }
        return known;
    }

    /** The stored key, made now when there is none; an instance that makes one at the same moment loses to the first. */
    private String storedKey() {
        return jdbi.withExtension(ServerSecretRepository.class, secrets -> secrets.find(KEY_NAME).orElseGet(() -> {
            try {
                secrets.insert(KEY_NAME, Tokens.random(), clock.instant());
            } catch (RuntimeException e) {
                if (!Constraints.isUniqueViolation(e)) {
                    throw e;
                }
            }
            return secrets.find(KEY_NAME).orElseThrow();
        }));
    }
}
