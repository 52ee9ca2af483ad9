package com.healthpress.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundTargetsTest {

    private final OutboundTargets refusing = new OutboundTargets(false);

    @Test
    void internalAddressesAreRefusedUnlessAllowed() {
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "http://10.1.2.3/", "http://192.168.0.10/",
                "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00::1]/",
                "http://100.64.0.1/", "http://0.0.0.0/"}) {
            assertTrue(refusing.refusal(url).orElse("").contains("internal address"), url);
            assertEquals(Optional.empty(), new OutboundTargets(true).refusal(url), url);
        }
    }

    @Test
    void onlyHttpUrlsWithAHostAndNoCredentials() {
        assertTrue(refusing.refusal("ftp://files.example.com/").isPresent());
        assertTrue(refusing.refusal("https:///path").isPresent());
        assertTrue(refusing.refusal("not a url").isPresent());
        assertTrue(new OutboundTargets(true).refusal("https://user:pw@example.com/").isPresent());
    }

    @Test
    void retriesWaitLongerEachTimeUpToSixHours() {
        assertEquals(Duration.ofSeconds(30), WebhookSender.backoff(1));
        assertEquals(Duration.ofSeconds(60), WebhookSender.backoff(2));
        assertEquals(Duration.ofMinutes(16), WebhookSender.backoff(6));
        assertEquals(Duration.ofHours(6), WebhookSender.backoff(40));
    }
}
