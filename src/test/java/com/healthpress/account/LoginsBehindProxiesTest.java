package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestApp;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The login throttle counts failures against the address X-Forwarded-For gives only when the request comes from a
 * trusted proxy (TRUSTED_PROXIES); from anywhere else the header is ignored, so a client cannot choose its address.
 */
class LoginsBehindProxiesTest {

    private static final String FORWARDED = "198.51.100.1, 203.0.113.7";

    @Test
    void behindATrustedProxyFailuresCountAgainstTheForwardedClient() {
        try (TestApp app = TestApp.startWith(Map.of("TRUSTED_PROXIES", "127.0.0.1, ::1"));
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            database.createAdmin("proxied", "the right password");

            failLoginForwardedFor(app, FORWARDED);
            failLoginForwardedFor(app, "192.0.2.44");

            assertEquals(List.of("192.0.2.44", "203.0.113.7"), failedAddresses(database));
        }
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() {
        try (TestApp app = TestApp.start(); AppDatabase database = new AppDatabase(app.databaseUrl())) {
            database.createAdmin("direct", "the right password");

            failLoginForwardedFor(app, FORWARDED);
            failLoginForwardedFor(app, "192.0.2.44");

            assertEquals(List.of("127.0.0.1", "127.0.0.1"), failedAddresses(database));
        }
    }

    private static void failLoginForwardedFor(TestApp app, String forwardedFor) {
        Browser browser = new Browser(app.url(""));
        String body = "csrf=" + browser.formToken() + "&username=someone&password=a+wrong+password";
        int status = browser.send(browser.request("/admin/login")
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()).statusCode();
        assertEquals(422, status);
    }

    private static List<String> failedAddresses(AppDatabase database) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT address FROM login_failure ORDER BY address").mapTo(String.class).list());
    }
}
