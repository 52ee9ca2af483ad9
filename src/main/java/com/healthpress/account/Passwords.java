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
        String normalised = normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("The password must be at most " + MAX_LENGTH + " characters long.");
        }
        return Optional.empty();
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

    private static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
