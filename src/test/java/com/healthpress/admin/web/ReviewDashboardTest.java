package com.healthpress.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient;
import com.healthpress.MutableClock;
import com.healthpress.TestApp;
import com.healthpress.TestArticles;
import com.healthpress.access.Role;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.MedicalReview;
import com.healthpress.site.Dates;
import com.healthpress.storage.Database;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin opens on review queues; the article list marks overdue reviews; the article page shows the dates. */
class ReviewDashboardTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final TestApp app = TestApp.start(clock);
    private final LocalDate today = LocalDate.now(clock);

    @AfterEach
    void close() {
        app.close();
    }

    private Article reviewed(String title, String reviewer, LocalDate lastReviewed) {
        return app.articles().create(TestArticles.published(title, clock.instant()).toBuilder()
                .review(new MedicalReview(reviewer, "MD", lastReviewed)).build());
    }

    @Test
    void theDashboardCountsAndListsOverdueAndSoonDueArticlesWithTheReviewersOwnQueueFirst() {
        AdminClient reviewer = AdminClient.loggedIn(app, Role.REVIEWER);
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);
        Article mine = reviewed("Mine and overdue", "Dr Own Reviewer", today.minusMonths(13));
        Article theirs = reviewed("Theirs and overdue", "Dr Other Reviewer", today.minusMonths(12).minusDays(1));
        Article soon = reviewed("Due soon", "Dr Own Reviewer", today.minusMonths(12).plusDays(10));
        reviewed("Due next year", "Dr Own Reviewer", today.minusMonths(1));
        app.articles().create(TestArticles.draft("A draft overdue").toBuilder()
                .review(new MedicalReview("Dr Own Reviewer", "MD", today.minusMonths(14))).build());
        linkPerson("Dr Own Reviewer", reviewer.username());

        Document asReviewer = Jsoup.parse(ok(reviewer.get("/admin")));
        Document asEditor = Jsoup.parse(ok(editor.get("/admin")));

        assertEquals(List.of("your-overdue", "your-review", "overdue", "due-soon", "waiting-for-review",
                "changes-requested"), asReviewer.select("section.queue").eachAttr("id"));
        assertEquals(List.of("your-changes", "overdue", "due-soon", "waiting-for-review", "changes-requested"),
                asEditor.select("section.queue").eachAttr("id"), "an editor writes too");
        assertEquals(List.of(link(mine)), links(asReviewer, "your-overdue"));
        assertEquals(List.of(link(mine), link(theirs)), links(asReviewer, "overdue"));
        assertEquals(List.of(link(soon)), links(asReviewer, "due-soon"));
        assertEquals(List.of(link(mine), link(theirs)), links(asEditor, "overdue"));
        assertEquals("(1)", asReviewer.select("#your-overdue .count").text());
        assertEquals("(2)", asEditor.select("#overdue .count").text());
        assertEquals("(1)", asEditor.select("#due-soon .count").text());
        assertEquals(today.minusMonths(1).toString(), asEditor.select("#overdue li").first()
                .selectFirst("time").attr("datetime"));
    }

    @Test
    void theDashboardListsArticlesWaitingForReviewAndThoseSentBackWithEachAccountsOwnQueueFirst() {
        AdminClient writer = AdminClient.loggedIn(app, Role.WRITER);
        AdminClient reviewer = AdminClient.loggedIn(app, Role.REVIEWER);
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);
        Article forMe = draftReviewedBy("Waiting for the own reviewer", "Dr Own Reviewer");
        Article forOther = draftReviewedBy("Waiting for another reviewer", "Dr Other Reviewer");
        Article sentBack = draftReviewedBy("Sent back to its writer", "Dr Own Reviewer");
        Article approved = draftReviewedBy("Approved already", "Dr Own Reviewer");
        Article trashed = draftReviewedBy("Submitted then trashed", "Dr Own Reviewer");
        draftReviewedBy("Never submitted", "Dr Own Reviewer");
        linkPerson("Dr Own Reviewer", reviewer.username());
        linkPerson(forMe.author().name(), writer.username());
        for (Article article : List.of(forMe, forOther, sentBack, approved, trashed)) {
            ok(writer.post("/admin/articles/" + article.id() + "/submit", version(article)), 303);
        }
        ok(reviewer.post("/admin/articles/" + sentBack.id() + "/request-changes",
                Map.of("version", String.valueOf(sentBack.version()), "comment", "Cite the guideline.")), 303);
        ok(reviewer.post("/admin/articles/" + approved.id() + "/approve", version(approved)), 303);
        assertTrue(app.articles().moveToTrash(trashed.id(), "test"));

        Document asReviewer = Jsoup.parse(ok(reviewer.get("/admin")));
        Document asWriter = Jsoup.parse(ok(writer.get("/admin")));
        Document asEditor = Jsoup.parse(ok(editor.get("/admin")));

        assertEquals(List.of("your-overdue", "your-review", "overdue", "due-soon", "waiting-for-review",
                "changes-requested"), asReviewer.select("section.queue").eachAttr("id"));
        assertEquals(List.of("your-changes", "overdue", "due-soon", "waiting-for-review", "changes-requested"),
                asWriter.select("section.queue").eachAttr("id"));
        assertTrue(links(asEditor, "your-changes").isEmpty(), "no article names the editor's person record");
        assertEquals(List.of(link(forMe)), links(asReviewer, "your-review"));
        assertEquals(List.of(link(forMe), link(forOther)), links(asEditor, "waiting-for-review"));
        assertEquals("(2)", asEditor.select("#waiting-for-review .count").text());
        assertEquals(List.of(link(sentBack)), links(asEditor, "changes-requested"));
        assertEquals(List.of(link(sentBack)), links(asWriter, "your-changes"));
        assertEquals("sent back " + Dates.day(today), asWriter.select("#your-changes li").first().text()
                .replaceFirst("^.* — ", "").replaceFirst(" \\(.*\\)$", ""));
    }

    private Article draftReviewedBy(String title, String reviewer) {
        return app.articles().create(TestArticles.draft(title).toBuilder()
                .review(new MedicalReview(reviewer, "MD", null)).build());
    }

    private static Map<String, String> version(Article article) {
        return Map.of("version", String.valueOf(article.version()));
    }

    @Test
    void theArticleListMarksOverdueReviewsAndOldListLinksLeadToIt() {
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);
        Article overdue = reviewed("Overdue in the list", "Dr Own Reviewer", today.minusMonths(13));
        Article current = reviewed("Current in the list", "Dr Own Reviewer", today.minusMonths(2));

        Document list = Jsoup.parse(ok(editor.get("/admin/articles")));

        assertEquals("Review overdue since " + Dates.day(today.minusMonths(1)),
                row(list, overdue).select(".overdue").text());
        assertTrue(row(list, current).select(".overdue").isEmpty());
        HttpResponse<String> old = editor.get("/admin?status=draft&q=knee");
        assertEquals(302, old.statusCode());
        assertEquals("/admin/articles?status=draft&q=knee", old.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theArticlePageShowsWhenItWasLastReviewedAndWhenTheNextReviewIsDueAndFollowsTheTopicsInterval() {
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);
        LocalDate lastReviewed = LocalDate.parse("2026-01-31");
        Article article = reviewed("Reviewed on a month end", "Dr Own Reviewer", lastReviewed);
        Article unreviewed = app.articles().create(TestArticles.article().slug("never-reviewed").build());
        String path = "/articles/" + article.slug();

        assertEquals("Page last reviewed: 31 January 2026 · Next review due: 31 January 2027", reviewLine(path));
        assertTrue(Jsoup.parse(app.get("/articles/" + unreviewed.slug()).body()).select(".review-dates").isEmpty());

        assertEquals(303, editor.post("/admin/review-intervals", Map.of("topic", "sleep", "months", "1"))
                .statusCode());

        assertEquals("Page last reviewed: 31 January 2026 · Next review due: 28 February 2026", reviewLine(path));
        assertEquals("2026-02-28", Jsoup.parse(app.get(path).body()).selectFirst(".review-dates__next")
                .attr("datetime"));
        assertEquals(422, editor.post("/admin/review-intervals", Map.of("topic", "sleep", "months", "121"))
                .statusCode());
        assertEquals(422, editor.post("/admin/review-intervals", Map.of("topic", "no-such-topic", "months", "6"))
                .statusCode());
    }

    @Test
    void anArticlesOwnIntervalIsSavedFromTheEditorAndItsNextReviewIsDueThatLongAfterTheApproval() {
        AdminClient editor = AdminClient.loggedIn(app);
        AdminClient reviewer = AdminClient.loggedIn(app, Role.REVIEWER);
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(
                EditorPagesTest.articleFields("Reviewed every six months", "draft"));
        fields.add(Map.entry("reviewEveryMonths", "6"));
        String page = EditorPagesTest.create(editor, fields);
        Article draft = app.articles().findBySlug("reviewed-every-six-months").orElseThrow();
        assertEquals(6, draft.reviewEveryMonths());
        assertEquals(null, draft.reviewDue(), "never reviewed, so no review is due yet");

        ok(editor.post("/admin/articles/" + draft.id() + "/submit", version(draft)), 303);
        ok(reviewer.post("/admin/articles/" + draft.id() + "/approve", version(draft)), 303);

        Article approved = app.articles().findById(draft.id()).orElseThrow();
        LocalDate approvedOn = com.healthpress.article.WorkflowEvent.dayOf(clock.instant());
        assertEquals(approvedOn, approved.lastReviewed());
        assertEquals(approvedOn.plusMonths(6), approved.reviewDue());
        Document form = Jsoup.parse(ok(editor.get(page)));
        assertEquals("6", form.selectFirst("#reviewEveryMonths").val());
        assertEquals(approved.reviewDue().toString(), form.selectFirst(".review-due time").attr("datetime"));
        assertEquals(approvedOn.toString(), form.selectFirst(".last-review time").attr("datetime"));
        assertTrue(form.select("input[name=lastReviewed]").isEmpty(), "the last review is not typed");
        List<Map.Entry<String, String>> wrong = EditorPagesTest.replaced(fields, "reviewEveryMonths", "often");
        Document refused = Jsoup.parse(editor.post("/admin/articles", wrong).body());
        assertTrue(refused.select("#reviewEveryMonths-error").text().contains("whole number of months"));
    }

    @Test
    void aTypedLastReviewDateChangesNothingAndTheNextApprovalOfAPublishedArticleRefreshesItsPage() {
        AdminClient editor = AdminClient.loggedIn(app, Role.EDITOR);
        AdminClient reviewer = AdminClient.loggedIn(app, Role.REVIEWER);
        Article article = reviewed("Reviewed long ago", "Dr Own Reviewer", today.minusMonths(13));
        String path = "/articles/" + article.slug();
        String before = reviewLine(path);

        HttpResponse<String> typed = editor.saveArticle(article.id(), Map.of("body", article.body()
                + "\n\nA sentence the reviewer must check."),
                List.of(AdminClient.Part.field("lastReviewed", today.toString())));
        assertEquals(303, typed.statusCode(), typed.body());
        assertEquals(today.minusMonths(13), app.articles().findById(article.id()).orElseThrow().lastReviewed());
        assertEquals(before, reviewLine(path));

        Article current = app.articles().findById(article.id()).orElseThrow();
        assertTrue(reviewLine(path).startsWith("Page last reviewed: " + Dates.day(today.minusMonths(13))),
                "the medical change went back to review; the old review still stands");
        ok(reviewer.post("/admin/articles/" + current.id() + "/approve", version(current)), 303);

        LocalDate approvedOn = com.healthpress.article.WorkflowEvent.dayOf(clock.instant());
        assertEquals("Page last reviewed: " + Dates.day(approvedOn) + " · Next review due: "
                + Dates.day(approvedOn.plusMonths(12)), reviewLine(path));
    }

    private String reviewLine(String path) {
        return Jsoup.parse(app.get(path).body()).select(".review-dates").text();
    }

    private void linkPerson(String name, String username) {
        try (Database database = Database.open(app.databaseUrl())) {
            database.jdbi().useHandle(handle -> handle.createUpdate("""
                    UPDATE person SET account_id = (SELECT id FROM account WHERE username = :username)
                    WHERE name = :name""").bind("username", username).bind("name", name).execute());
        }
    }

    private static String link(Article article) {
        return "/admin/articles/" + article.id();
    }

    private static List<String> links(Document page, String queue) {
        return page.select("#" + queue + " li a").eachAttr("href");
    }

    private static Element row(Document list, Article article) {
        return list.selectFirst("tr:has(a[href=" + link(article) + "])");
    }

    private static String ok(HttpResponse<String> response) {
        return ok(response, 200);
    }

    private static String ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }
}
