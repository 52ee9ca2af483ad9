package com.healthpress.redirects.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.AccountService;
import com.healthpress.article.Article;
import com.healthpress.server.Chromium;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor's journey in real headless Chromium: a reader's broken address shows up in the 404 log, the editor
 * makes a redirect of it from there, and the old address then opens the article.
 */
class RedirectsBrowserTest {

    private static final String PASSWORD = "a long enough password";

    @Test
    void anEditorTurnsA404FromTheLogIntoARedirectAndTheOldAddressOpensTheArticle() {
        try (TestApp app = TestApp.start()) {
            Article article = app.articles().create(TestArticles.published("Iron-rich foods",
                    Instant.now().minusSeconds(60)));
            try (Database database = Database.open(app.databaseUrl())) {
                new AccountService(database.jdbi(), Clock.systemUTC()).create("redirect-editor", PASSWORD,
                        Roles.of(Role.EDITOR));
            }
            ChromeDriver browser = Chromium.start();
            try {
                browser.get(app.url("/2018/iron-foods.html"));
                assertTrue(browser.getPageSource().contains("We can’t find that page"));

                logIn(browser, app, "/admin");
                Chromium.clickAndAwaitPage(browser, browser.findElement(By.linkText("Redirects")),
                        address -> address.endsWith("/admin/redirects"));
                Chromium.clickAndAwaitPage(browser, browser.findElement(By.linkText("404 log")),
                        address -> address.endsWith("/admin/redirects/not-found"));
                WebElement row = browser.findElements(By.cssSelector("table.not-found tbody tr")).stream()
                        .filter(tr -> tr.getText().startsWith("/2018/iron-foods.html")).findFirst().orElseThrow();
                Chromium.clickAndAwaitPage(browser, row.findElement(By.linkText("Create redirect")),
                        address -> address.contains("/admin/redirects?from="));
                assertEquals("/2018/iron-foods.html", browser.findElement(By.id("from")).getAttribute("value"));
                browser.findElement(By.id("to")).sendKeys("/articles/" + article.slug());
                Chromium.clickAndAwaitPage(browser, browser.findElement(By.xpath("//button[.='Add redirect']")),
                        address -> address.contains("/admin/redirects/not-found?notice=redirected"));
                assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("Redirect saved"));
                List<String> logged = browser.findElements(By.cssSelector("table.not-found tbody tr td.address"))
                        .stream().map(WebElement::getText).toList();
                assertTrue(!logged.contains("/2018/iron-foods.html"), logged.toString());

                browser.get(app.url("/2018/iron-foods.html"));
                assertEquals(app.url("/articles/" + article.slug()), browser.getCurrentUrl());
                assertEquals("Iron-rich foods", browser.findElement(By.cssSelector("main h1")).getText());
                assertEquals(List.of(), Chromium.cspViolations(browser));
            } finally {
                browser.quit();
            }
        }
    }

    private static void logIn(ChromeDriver browser, TestApp app, String path) {
        browser.get(app.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/admin/login"));
        browser.findElement(By.id("username")).sendKeys("redirect-editor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")),
                address -> address.endsWith(path));
    }
}
