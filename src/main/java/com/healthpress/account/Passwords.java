package com.healthpress.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The password rules and bcrypt hashing. Passwords longer than bcrypt's 72 bytes are first hashed with SHA-512,
 * so every character counts. Text is NFC-normalised, so the same password typed on different systems matches.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1000;
    static final String TOO_LONG = "The password must be at most " + MAX_LENGTH + " characters long.";
    /** About a quarter of a second per hash on a current server core. */
    private static final int COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);
    /** Checked against when the username is unknown, so that a wrong name costs as much time as a wrong password. */
    private static final String DUMMY_HASH = hash("no account has this password, it only takes time");

    private Passwords() {
    }

    /** Why the password cannot be used, or empty when it can. */
    static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        if (isTooLong(password)) {
            return Optional.of(TOO_LONG);
        }
        if (length(normalise(password)) < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        return Optional.empty();
    }

    /** Longer than any password may be: cheap to tell, so such input is refused before it is looked up or hashed. */
    static boolean isTooLong(String password) {
        return length(normalise(password)) > MAX_LENGTH;
    }

    static String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(COST, normalise(password).toCharArray());
    }

    static boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(normalise(password).toCharArray(), hash).verified;
    }

    /** Spends the time of one check without an account to check against. */
    static void checkAgainstNothing(String password) {
        matches(password, DUMMY_HASH);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
