package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.AdminClient.Part;
import com.healthpress.Commands;
import com.healthpress.TestApp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** No password, session id or CSRF token reaches the log, standard output or standard error. */
class SecretsNotLoggedTest {

    @Test
    void passwordsAndSessionIdsNeverAppearInTheOutput() {
        String setupPassword = "setup-secret-" + Tokens.random();
        String commandPassword = "command-secret-" + Tokens.random();
        String wrongPassword = "wrong-secret-" + Tokens.random();
        String typedAsUsername = "username-secret-" + Tokens.random().substring(0, 10);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String session;
        String logged;
        try (LogCapture log = new LogCapture()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try (TestApp app = TestApp.start()) {
                Matcher link = Pattern.compile("/admin/setup/\\S+").matcher(log.text());
                assertTrue(link.find(), log.text());
                Browser browser = new Browser(app.url(""));
                assertEquals(303, browser.post(link.group(), "csrf", browser.formToken(), "username", "first",
                        "password", setupPassword, "confirmation", setupPassword).statusCode());
                session = browser.cookie(AdminCookies.SESSION);

                assertEquals(0, Commands.run(app.databaseUrl(),
                        new ByteArrayInputStream((commandPassword + "\n").getBytes(StandardCharsets.UTF_8)),
                        System.out, System.err, "admin", "create", "second"));
                Browser other = new Browser(app.url(""));
                assertEquals(422, other.logIn("second", wrongPassword).statusCode());
                assertEquals(422, other.logIn(typedAsUsername, commandPassword).statusCode());
                assertEquals(303, other.logIn("second", commandPassword).statusCode());
                assertEquals(403, other.post("/admin/logout", "csrf", "wrong").statusCode());
            }
            logged = log.text();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String output = logged + "\n" + printed.toString(StandardCharsets.UTF_8);

        assertTrue(logged.contains("first admin first created"), logged);
        assertTrue(logged.contains("admin second logged in"), logged);
        assertTrue(logged.contains("failed admin login"), logged);
        assertTrue(output.contains("created admin second"), output);
        for (String secret : List.of(setupPassword, commandPassword, wrongPassword, typedAsUsername, session)) {
            assertFalse(output.contains(secret), "printed: " + secret);
        }
        assertFalse(output.contains("-secret-"), output);
    }

    /**
     * A whole admin session over HTTP: setup, a failed and a good login, the editor (create, save, preview), an
     * import, an image upload, the history and a restore, a forged form, logout. Every password, session id and
     * CSRF token the browser saw is then looked for in the log (the access log too) and on standard output and error.
     */
    @Test
    void aWholeAdminSessionLeavesNoSecretInTheLogOrTheOutput() throws IOException {
        Seen seen = new Seen();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String setupToken;
        List<String> logged;
        try (LogCapture log = LogCapture.withAccessLog()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try (TestApp app = TestApp.start()) {
                setupToken = walkThroughAnAdminSession(app, log, seen);
                log.awaitLinesContaining(seen.accessLines, Duration.ofSeconds(10));
            }
            logged = log.lines();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String output = String.join("\n", logged) + "\n" + printed.toString(StandardCharsets.UTF_8);

        List<String> access = logged.stream().filter(line -> line.startsWith("INFO access - ")).toList();
        for (String request : seen.accessLines) {
            assertTrue(access.stream().anyMatch(line -> line.matches(Pattern.quote("INFO access - 127.0.0.1 " + request)
                    + " \\d+(\\.\\d)?ms")), request + " not in " + access);
        }
        // Three passwords, two session ids, the admin session's CSRF token and three login forms' tokens at least.
        assertTrue(seen.secrets.size() >= 9, "secrets seen: " + seen.secrets);
        for (String secret : seen.secrets) {
            assertFalse(output.contains(secret), "the output holds a secret: " + secret);
        }
        assertEquals(List.of("WARN com.healthpress.account.SetupLink"), logged.stream()
                .filter(line -> line.contains(setupToken)).map(line -> line.substring(0, line.indexOf(" - "))).toList(),
                "the setup link is logged once only");
    }

    /** Each step through the real forms, with the answer it must get; returns the setup link's token. */
    private static String walkThroughAnAdminSession(TestApp app, LogCapture log, Seen seen) throws IOException {
        String setupPassword = "setup-secret-" + Tokens.random();
        String wrongPassword = "wrong-secret-" + Tokens.random();
        Matcher link = Pattern.compile("/admin/setup/(\\S+)").matcher(log.text());
        assertTrue(link.find(), log.text());
        Browser first = new Browser(app.url(""));
        seen.answer(200, "GET /admin/setup/…", first.get(link.group()));
        HttpResponse<String> loginForm = seen.answer(200, "GET /admin/login", first.get("/admin/login"));
        String formToken = Jsoup.parse(loginForm.body()).selectFirst("input[name=csrf]").val();
        seen.answer(303, "POST /admin/setup/…", first.post(link.group(), "csrf", formToken,
                "username", "first", "password", setupPassword, "confirmation", setupPassword));
        seen.secrets(setupPassword, first.cookie(AdminCookies.SESSION), first.cookie(AdminCookies.LOGIN_CSRF),
                formToken);

        AdminClient admin = AdminClient.loggedIn(app);
        seen.secrets(admin.password(), admin.csrfToken(), admin.cookie(AdminCookies.SESSION),
                admin.cookie(AdminCookies.LOGIN_CSRF));
        seen.accessLines("GET /admin/login 200", "POST /admin/login 303");
        Browser guesser = new Browser(app.url(""));
        seen.answer(422, "POST /admin/login", guesser.logIn(admin.username(), wrongPassword));
        seen.secrets(wrongPassword, guesser.cookie(AdminCookies.LOGIN_CSRF), guesser.formToken());

        seen.answer(200, "GET /admin/articles/new", admin.get("/admin/articles/new"));
        String editor = seen.answer(303, "POST /admin/articles", admin.post("/admin/articles", draft(0)))
                .headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
        seen.answer(200, "GET " + editor, admin.get(editor));
        seen.answer(303, "POST " + editor, admin.post(editor, draft(1)));
        seen.answer(200, "POST /admin/preview", admin.post("/admin/preview", draft(2)));
        seen.answer(303, "POST /admin/import", admin.postMultipart("/admin/import",
                List.of(Part.field("text", document()))));
        long articleId = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
        seen.answer(303, "POST " + editor, admin.saveArticle(articleId, Map.of(), List.of(
                Part.field("heroAlt", "A grey square"), Part.file("heroImage", "square.png", "image/png", png()))));
        seen.answer(200, "GET " + editor + "/history", admin.get(editor + "/history"));
        seen.answer(303, "POST " + editor + "/history/1/restore", admin.post(editor + "/history/1/restore", List.of()));
        seen.answer(403, "POST " + editor + "/trash",
                admin.post(editor + "/trash", List.of(Map.entry("csrf", "forged-" + Tokens.random()))));
        seen.answer(303, "POST /admin/logout", admin.post("/admin/logout", List.of()));
        return link.group(1);
    }

    /** What the browsers were given: secrets to look for, and the access log line each request should leave. */
    private static final class Seen {
        final Set<String> secrets = new LinkedHashSet<>();
        final List<String> accessLines = new ArrayList<>();

        /** Checks the status and keeps the CSRF tokens of the page's forms and the values of the cookies set. */
        HttpResponse<String> answer(int status, String request, HttpResponse<String> response) {
            assertEquals(status, response.statusCode(), request + ": " + response.body());
            accessLines(request + " " + status);
            Jsoup.parse(response.body()).select("input[name=csrf]").forEach(input -> secrets(input.val()));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                secrets(cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';') < 0 ? cookie.length()
                        : cookie.indexOf(';')));
            }
            return response;
        }

        void secrets(String... values) {
            for (String value : values) {
                assertNotNull(value);
                if (!value.isEmpty()) {
                    secrets.add(value);
                }
            }
        }

        void accessLines(String... requests) {
            accessLines.addAll(List.of(requests));
        }
    }

    private static List<Map.Entry<String, String>> draft(int version) {
        return List.of(Map.entry("title", "Secrets stay out of the log"), Map.entry("slug", "secrets-stay-out"),
                Map.entry("lead", "Version " + version + " of the lead."), Map.entry("body", "## Care\r\n\r\nRest."),
                Map.entry("authorName", "Dr Sam Lee"), Map.entry("authorKind", "Person"), Map.entry("createAuthor", "on"),
                Map.entry("status", "draft"),
                Map.entry("version", String.valueOf(version)), Map.entry("action", "save"));
    }

    private static String document() throws IOException {
        try (InputStream in = SecretsNotLoggedTest.class.getResourceAsStream("/documents/seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
