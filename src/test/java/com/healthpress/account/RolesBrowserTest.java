package com.healthpress.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.article.Article;
import com.healthpress.server.Chromium;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Roles in real headless Chromium: a writer's editor has no control to publish, trash or import, and an account
 * disabled while its page is open is logged out at its next click.
 */
class RolesBrowserTest {

    private static final String PASSWORD = "a long enough password";

    private static TestApp app;
    private static AppDatabase database;
    private ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        database = new AppDatabase(app.databaseUrl());
    }

    @AfterAll
    static void stop() {
        database.close();
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        database.forgetLoginFailures();
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aWriterSeesNoControlToPublishTrashOrImport() {
        accounts().create("browser-writer", PASSWORD, Roles.of(Role.WRITER));
        Article draft = app.articles().create(TestArticles.draft("A writer's draft in the browser"));

        logIn("browser-writer", "/admin/articles/" + draft.id());

        assertTrue(browser.findElements(By.cssSelector("input[name=status][value=published], "
                + "input[name=status][value=scheduled], #publishedAt")).isEmpty());
        assertTrue(browser.findElements(By.xpath("//button[contains(., 'Move to the trash')]")).isEmpty());
        List<String> nav = browser.findElements(By.cssSelector("nav[aria-label=Admin] a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(nav.containsAll(List.of("Articles", "New article")), nav.toString());
        assertFalse(nav.contains("Import") || nav.contains("Trash") || nav.contains("Accounts"), nav.toString());
        assertTrue(browser.findElement(By.cssSelector("button[value=save]")).isDisplayed(), "a writer saves drafts");
    }

    @Test
    void anAccountDisabledWhileItsPageIsOpenIsLoggedOutAtItsNextRequest() {
        Account editor = accounts().create("browser-editor", PASSWORD, Roles.of(Role.EDITOR));
        logIn("browser-editor", "/admin");
        assertEquals(app.url("/admin"), browser.getCurrentUrl());

        accounts().setDisabled(editor.id(), true);
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.linkText("New article")),
                address -> address.contains("/admin/login"));

        assertTrue(browser.getCurrentUrl().startsWith(app.url("/admin/login?next=")), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector("nav[aria-label=Admin]")).isEmpty());
    }

    private void logIn(String username, String path) {
        browser.get(app.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/admin/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")),
                address -> address.endsWith(path));
    }

    private static AccountService accounts() {
        return new AccountService(database.jdbi(), Clock.systemUTC());
    }
}
