package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password rules and bcrypt hashes. */
class PasswordsTest {

    @Test
    void aHashIsSaltedBcryptAndMatchesOnlyItsPassword() {
        String hash = Passwords.hash("correct horse battery staple");

        assertTrue(hash.startsWith("$2b$12$"), hash);
        assertNotEquals(hash, Passwords.hash("correct horse battery staple"));
        assertTrue(Passwords.matches("correct horse battery staple", hash));
        assertFalse(Passwords.matches("correct horse battery stapler", hash));
        assertFalse(Passwords.matches("", hash));
    }

    @Test
    void everyCharacterOfAPasswordLongerThanBcryptsSeventyTwoBytesCounts() {
        String common = "a".repeat(100);
        String hash = Passwords.hash(common + "-first");
        assertTrue((common + "-first").getBytes(StandardCharsets.UTF_8).length > 72);

        assertTrue(Passwords.matches(common + "-first", hash));
        assertFalse(Passwords.matches(common + "-other", hash));
    }

    @Test
    void theSamePasswordInAnotherUnicodeFormMatches() {
        String composed = "caf\u00e9 au lait, s'il vous pla\u00eet";
        String decomposed = "cafe\u0301 au lait, s'il vous plai\u0302t";

        assertTrue(Passwords.matches(decomposed, Passwords.hash(composed)));
    }

    @Test
    void lengthIsCountedInCharactersFromTwelveToAThousand() {
        assertEquals(Optional.of("Enter a password."), Passwords.problem(""));
        assertEquals(Optional.of("The password must be at least 12 characters long."),
                Passwords.problem("x".repeat(11)));
        assertEquals(Optional.empty(), Passwords.problem("x".repeat(12)));
        assertEquals(Optional.empty(), Passwords.problem("\uD83D\uDE00".repeat(12)), "12 emoji are 12 characters");
        assertEquals(Optional.of("The password must be at least 12 characters long."),
                Passwords.problem("\uD83D\uDE00".repeat(6)), "6 emoji are 12 UTF-16 units but 6 characters");
        assertEquals(Optional.empty(), Passwords.problem("x".repeat(1000)));
        assertEquals(Optional.of("The password must be at most 1000 characters long."),
                Passwords.problem("x".repeat(1001)));
    }

    @Test
    void anUnknownUserCostsAsMuchWorkAsAWrongPassword() {
        String hash = Passwords.hash("some password here");
        Duration wrongPassword = CpuTime.ofThisThread(() -> Passwords.matches("a wrong password", hash));
        Duration nobody = CpuTime.ofThisThread(() -> Passwords.checkAgainstNothing("a wrong password"));

        assertTrue(nobody.compareTo(wrongPassword.dividedBy(2)) > 0,
                "nobody " + nobody.toMillis() + " ms, wrong password " + wrongPassword.toMillis() + " ms of processor");
    }
}
