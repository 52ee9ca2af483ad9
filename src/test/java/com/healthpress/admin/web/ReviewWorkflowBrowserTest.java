package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.TestApp;
import com.healthpress.access.Role;
import com.healthpress.access.Roles;
import com.healthpress.account.Account;
import com.healthpress.account.AccountService;
import com.healthpress.article.Author;
import com.healthpress.person.Person;
import com.healthpress.server.Chromium;
import com.healthpress.site.Dates;
import com.healthpress.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The medical review workflow in real headless Chromium: a writer drafts and submits, a reviewer requests changes,
 * the writer edits and submits again, the reviewer approves, an editor publishes, the public page names the
 * reviewer with credentials and the day of approval linked to their profile, and a body edit sends it back.
 */
class ReviewWorkflowBrowserTest {

    private static final String PASSWORD = "a long enough password";

    private static TestApp app;
    private static ChromeDriver browser;
    private static Person reviewer;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        reviewer = app.people().create(Person.named("Dr Priya Shah", Author.Kind.Person).withCredentials("MD, FACP"));
        try (Database database = Database.open(app.databaseUrl())) {
            AccountService accounts = new AccountService(database.jdbi(), Clock.systemUTC());
            accounts.create("wf-writer", PASSWORD, Roles.of(Role.WRITER));
            Account priya = accounts.create("wf-reviewer", PASSWORD, Roles.of(Role.REVIEWER));
            accounts.create("wf-editor", PASSWORD, Roles.of(Role.EDITOR));
            database.jdbi().useHandle(handle -> handle.execute("UPDATE person SET account_id = ? WHERE id = ?",
                    priya.id(), reviewer.id()));
        }
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void aDraftIsReviewedApprovedPublishedAndSentBackToReviewByABodyEdit() {
        logIn("wf-writer", "/admin/articles/new");
        type("title", "Plantar fasciitis: heel pain in the morning");
        type("lead", "Plantar fasciitis causes heel pain that is worst with the first steps of the day.");
        type("body", "## Why it happens\n\nThe band under the foot is strained.\n\n## What helps\n\nStretch the calf.");
        type("reviewerName", "Dr Priya Shah");
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form.editor button[value=save]")),
                address -> address.contains("notice=created"));
        String editor = browser.getCurrentUrl().substring(0, browser.getCurrentUrl().indexOf('?'));
        String slug = browser.findElement(By.id("slug")).getDomProperty("value");
        assertEquals("Draft", state());
        act("submit-for-review", "submitted");
        assertEquals("In review", state());

        logInAgain("wf-reviewer", editor);
        type("review-comment", "Say when to see a doctor: pain lasting months needs a check.");
        act("request-changes", "changes-requested");
        assertEquals("Changes requested", state());

        logInAgain("wf-writer", editor);
        assertTrue(comment().contains("Say when to see a doctor"), comment());
        type("body", "## Why it happens\n\nThe band under the foot is strained.\n\n## What helps\n\nStretch the calf."
                + "\n\n## When to see a doctor\n\nSee a GP if the pain lasts more than a few months.");
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form.editor button[value=save]")),
                address -> address.contains("notice=saved"));
        act("submit-for-review", "submitted");

        logInAgain("wf-reviewer", editor);
        act("approve", "approved");
        assertEquals("Approved", state());

        logInAgain("wf-editor", editor);
        act("publish", "published");
        browser.get(app.url("/articles/" + slug));
        browser.navigate().refresh();
        WebElement reviewedBy = browser.findElement(By.xpath(
                "//dt[normalize-space(.)='Medically reviewed by']/following-sibling::dd[1]"));
        String today = Dates.day(LocalDate.now(ZoneOffset.UTC));
        assertTrue(reviewedBy.getText().startsWith("Dr Priya Shah, MD, FACP on "), reviewedBy.getText());
        assertTrue(reviewedBy.getText().endsWith(today) || approvedJustBeforeMidnight(reviewedBy.getText()),
                reviewedBy.getText());
        assertEquals("/people/" + reviewer.slug(),
                reviewedBy.findElement(By.tagName("a")).getDomAttribute("href"));

        browser.get(editor);
        type("body", "## Why it happens\n\nThe band under the foot is strained by long standing.\n\n## What helps"
                + "\n\nStretch the calf.\n\n## When to see a doctor\n\nSee a GP if the pain lasts months.");
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form.editor button[value=save]")),
                address -> address.contains("notice=saved"));
        assertEquals("In review", state());
        assertTrue(comment().contains("The body changed after approval."), comment());
    }

    /** The day may have turned between the approval and the check. */
    private static boolean approvedJustBeforeMidnight(String line) {
        return line.endsWith(Dates.day(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
    }

    private static String state() {
        return browser.findElement(By.id("workflow-state")).getText();
    }

    private static String comment() {
        return browser.findElement(By.id("workflow-comment")).getText();
    }

    /** Presses one of the review buttons and waits for the editor page with its notice. */
    private static void act(String buttonId, String notice) {
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.id(buttonId)),
                address -> address.contains("notice=" + notice));
    }

    private static void type(String id, String text) {
        WebElement field = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void logInAgain(String username, String editorUrl) {
        browser.manage().deleteAllCookies();
        logIn(username, editorUrl.substring(app.url("").length()));
    }

    private static void logIn(String username, String path) {
        browser.get(app.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/admin/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Chromium.clickAndAwaitPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")),
                address -> address.endsWith(path));
    }
}
