package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestDatabases;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-time link printed at the first start, which creates the first admin. */
class SetupLinkTest {

    private static final Pattern LINK = Pattern.compile("Create the first one at (http://\\S+)");
    private static final String PASSWORD = "first admin's password";

    @TempDir
    Path directory;

    @Test
    void theFirstStartPrintsOneLineWithTheSetupLink() {
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start()) {
            List<String> lines = setupLines(log);

            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches(".* - No admin account yet\\. Create the first one at "
                    + Pattern.quote(app.url("/admin/setup/")) + "[A-Za-z0-9_-]{43}"), lines.get(0));
        }
    }

    @Test
    void theLinkCreatesTheFirstAdminLogsInAndThenAnswers404() {
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start();
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            String link = setupPath(log, app);
            Browser browser = new Browser(app.url(""));
            HttpResponse<String> form = browser.get(link);
            assertEquals(200, form.statusCode());

            HttpResponse<String> created = submit(browser, link, "first-editor", PASSWORD, PASSWORD);

            assertEquals(303, created.statusCode(), created.body());
            assertEquals("/admin", created.headers().firstValue("Location").orElseThrow());
            assertNotNull(browser.cookie(AdminCookies.SESSION));
            LoginTest.assertLoggedIn(browser);
            assertEquals(1, database.accounts());
            assertEquals(0, database.count("SELECT COUNT(*) FROM setup_token"));
            assertEquals(404, browser.get(link).statusCode());
            Browser another = new Browser(app.url(""));
            assertEquals(404, submit(another, link, "second-editor", PASSWORD, PASSWORD).statusCode());
            assertEquals(1, database.accounts());
            assertEquals(303, another.logIn("first-editor", PASSWORD).statusCode());
        }
    }

    @Test
    void theSetupFormExplainsEachProblemAndCreatesNothing() {
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start();
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            String link = setupPath(log, app);
            Browser browser = new Browser(app.url(""));

            HttpResponse<String> response = submit(browser, link, "no spaces allowed", "too short", "different");

            assertEquals(422, response.statusCode());
            Document page = Jsoup.parse(response.body());
            assertEquals(List.of(AccountService.USERNAME_RULE, "The password must be at least 12 characters long.",
                    "The two passwords are not the same."), page.select(".field-error").eachText());
            assertEquals("username-hint username-error", page.getElementById("username").attr("aria-describedby"));
            assertEquals("no spaces allowed", page.getElementById("username").val());
            assertEquals("", page.getElementById("password").val());
            assertEquals(0, database.accounts());

            String overlongPassword = "p".repeat(Passwords.MAX_LENGTH + 1);
            Document overlong = Jsoup.parse(submit(browser, link, "a".repeat(AccountService.USERNAME_MAX_LENGTH + 1),
                    overlongPassword, overlongPassword + "p".repeat(1_000_000)).body());

            assertEquals(List.of(AccountService.USERNAME_RULE, Passwords.TOO_LONG, "The two passwords are not the same."),
                    overlong.select(".field-error").eachText());
            assertEquals(String.valueOf(AccountService.USERNAME_MAX_LENGTH),
                    overlong.getElementById("username").attr("maxlength"));
            for (String password : List.of("password", "confirmation")) {
                assertEquals(String.valueOf(Passwords.MAX_LENGTH), overlong.getElementById(password).attr("maxlength"));
            }
            assertEquals(0, database.accounts());
            assertEquals(303, submit(browser, link, "first-editor", PASSWORD, PASSWORD).statusCode(),
                    "the link still works after a rejected form");
        }
    }

    @Test
    void anUnknownOrMalformedTokenAnswers404() {
        try (TestApp app = TestApp.start()) {
            Browser browser = new Browser(app.url(""));

            assertEquals(404, browser.get("/admin/setup/" + Tokens.random()).statusCode());
            assertEquals(404, browser.get("/admin/setup/short").statusCode());
            assertEquals(404, submit(browser, "/admin/setup/" + Tokens.random(), "editor", PASSWORD, PASSWORD)
                    .statusCode());
        }
    }

    @Test
    void eachStartReplacesTheUnusedLinkAndNoneIsPrintedOnceAnAdminExists() {
        String url = TestDatabases.fresh();
        String first;
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start(directory, url, Clock.systemUTC())) {
            first = setupPath(log, app);
        }
        String second;
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start(directory, url, Clock.systemUTC())) {
            second = setupPath(log, app);
            Browser browser = new Browser(app.url(""));
            assertNotEquals(first, second);
            assertEquals(404, browser.get(first).statusCode());
            assertEquals(200, browser.get(second).statusCode());
        }
        try (AppDatabase database = new AppDatabase(url)) {
            database.createAdmin("made-by-command", PASSWORD);
        }
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start(directory, url, Clock.systemUTC())) {
            assertEquals(List.of(), setupLines(log));
            assertEquals(404, new Browser(app.url("")).get(second).statusCode());
        }
    }

    @Test
    void racingSetupsCreateOnlyOneAdmin() throws Exception {
        int racers = 4;
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start();
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            String link = setupPath(log, app);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String username = "racer-" + i;
                Browser browser = new Browser(app.url(""));
                String token = browser.formToken();
                HttpRequest request = browser.request(link)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&username=" + username
                                + "&password=first+admin%27s+password&confirmation=first+admin%27s+password"))
                        .build();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return browser.send(request).statusCode();
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            pool.shutdown();

            assertEquals(1, answers.stream().filter(status -> status == 303).count(), answers.toString());
            assertEquals(1, database.accounts());
        }
    }

    @Test
    void aMatchingCookieAndFieldThatTheSiteDidNotMakeCreateNoAdmin() {
        try (LogCapture log = new LogCapture(); TestApp app = TestApp.start();
             AppDatabase database = new AppDatabase(app.databaseUrl())) {
            String link = setupPath(log, app);
            Browser browser = new Browser(app.url(""));
            String madeUp = Tokens.random();
            browser.setCookie(AdminCookies.LOGIN_CSRF, madeUp);

            HttpResponse<String> refused = browser.post(link, "csrf", madeUp, "username", "planted",
                    "password", PASSWORD, "confirmation", PASSWORD);

            assertEquals(403, refused.statusCode());
            assertEquals(0, database.accounts());
            assertEquals(303, submit(browser, link, "first-editor", PASSWORD, PASSWORD).statusCode());
        }
    }

    private static HttpResponse<String> submit(Browser browser, String link, String username, String password,
                                               String confirmation) {
        return browser.post(link, "csrf", browser.formToken(), "username", username, "password", password,
                "confirmation", confirmation);
    }

    private static List<String> setupLines(LogCapture log) {
        return log.lines().stream().filter(line -> line.contains("admin/setup")).toList();
    }

    /** The path of the setup link this app printed. */
    private static String setupPath(LogCapture log, TestApp app) {
        List<String> lines = setupLines(log);
        assertEquals(1, lines.size(), lines.toString());
        Matcher matcher = LINK.matcher(lines.get(0));
        assertTrue(matcher.find(), lines.get(0));
        assertTrue(matcher.group(1).startsWith(app.url("/admin/setup/")), matcher.group(1));
        return matcher.group(1).substring(app.url("").length());
    }
}
