package com.healthpress.account;

import static com.healthpress.TestPorts.freePort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Healthpress;
import com.healthpress.TestDatabases;
import com.healthpress.config.Config;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Behind an https BASE_URL (TLS ended by a proxy in front) both admin cookies are Secure. */
class SecureCookiesTest {

    @Test
    void anHttpsSiteMarksBothAdminCookiesSecure() throws IOException {
        int port = freePort();
        String databaseUrl = TestDatabases.fresh();
        Config config = new Config(port, databaseUrl, "https://health.example", "Healthpress Test");
        Javalin app = Healthpress.create(config, Clock.systemUTC()).start("127.0.0.1", port);
        try (AppDatabase database = new AppDatabase(databaseUrl)) {
            database.createAdmin("secure", "secure admin password");
            Browser browser = new Browser("http://127.0.0.1:" + port);

            HttpResponse<String> form = browser.get("/admin/login");
            String loginCookie = Browser.setCookies(form).get(AdminCookies.LOGIN_CSRF);
            String cookieValue = loginCookie.substring(loginCookie.indexOf('=') + 1, loginCookie.indexOf(';'));
            String token = Jsoup.parse(form.body()).selectFirst("input[name=csrf]").val();
            HttpResponse<String> loggedIn = browser.send(browser.request("/admin/login")
                    .header("Cookie", AdminCookies.LOGIN_CSRF + "=" + cookieValue)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "csrf=" + token + "&username=secure&password=secure+admin+password"))
                    .build());

            assertEquals(303, loggedIn.statusCode(), loggedIn.body());
            assertTrue(loginCookie.contains("; Secure"), loginCookie);
            String sessionCookie = Browser.setCookies(loggedIn).get(AdminCookies.SESSION);
            assertTrue(sessionCookie.contains("; Secure"), sessionCookie);
            assertTrue(sessionCookie.contains("; HttpOnly"), sessionCookie);
            assertTrue(sessionCookie.contains("; SameSite=Lax"), sessionCookie);
        } finally {
            app.stop();
        }
    }
}
