package com.healthpress.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void theStandardWebhooksExampleSignsAsTheSpecificationSays() {
        // The example of the Standard Webhooks specification (standardwebhooks.com), also checked with Python's hmac.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signatures.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void theTimestampAndTheBodyAreSigned() {
        String secret = Signatures.newSecret();
        String signed = Signatures.sign(secret, "evt_1", 100, "{}");
        assertNotEquals(signed, Signatures.sign(secret, "evt_1", 101, "{}"));
        assertNotEquals(signed, Signatures.sign(secret, "evt_1", 100, "{ }"));
        assertNotEquals(signed, Signatures.sign(Signatures.newSecret(), "evt_1", 100, "{}"));
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytes() {
        String secret = Signatures.newSecret();
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        assertNotEquals(secret, Signatures.newSecret());
    }
}
