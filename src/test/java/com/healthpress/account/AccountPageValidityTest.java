package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.AdminClient;
import com.healthpress.TestApp;
import com.healthpress.server.HtmlChecker;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The login, setup and refusal pages are valid HTML5, with and without errors. Needs {@code mvn verify}. */
class AccountPageValidityTest {

    @Test
    void everyAccountPageHasNoHtmlErrors() {
        Map<String, String> pages = new LinkedHashMap<>();
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start();
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            Matcher link = Pattern.compile("/admin/setup/\\S+").matcher(log.text());
            link.find();
            Browser browser = new Browser(app.url(""));
            pages.put("setup", page(browser.get(link.group()), 200));
            pages.put("setup with errors", page(browser.post(link.group(), "csrf", browser.formToken(),
                    "username", "a b", "password", "short", "confirmation", "other"), 422));
            pages.put("login", page(browser.get("/admin/login?next=%2Fadmin%2Ftrash"), 200));
            pages.put("login logged out", page(browser.get("/admin/login?logged-out"), 200));
            pages.put("login with empty fields", page(browser.logIn("", ""), 422));
            pages.put("login wrong password", page(browser.logIn("nobody", "a wrong password"), 422));
            pages.put("not logged in", page(browser.post("/admin/articles"), 401));
            pages.put("stale login form", page(browser.post("/admin/login", "csrf", "stale"), 403));
            pages.put("stale admin form", page(AdminClient.loggedIn(app).post("/admin/logout",
                    Map.of("csrf", "stale")), 403));
            String throttled = LoginThrottle.usernameKey("throttled");
            database.jdbi().useHandle(handle -> {
                for (int i = 0; i < LoginThrottle.REFUSE_AFTER_USERNAME_FAILURES; i++) {
                    handle.execute("INSERT INTO login_failure (username, address, failed_at) VALUES (?, ?, ?)",
                            throttled, "192.0.2.1", Instant.now());
                }
            });
            pages.put("too many attempts", page(browser.logIn("throttled", "any password at all"), 429));
        }

        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    private static String page(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri().toString());
        return response.body();
    }
}
