package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Config;
import com.healthpress.TestApp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

                Config config = app.config();
                assertEquals(0, AccountCommand.run(config, List.of("create", "second"),
                        new ByteArrayInputStream((commandPassword + "\n").getBytes(StandardCharsets.UTF_8)),
                        System.out, System.err));
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
}
