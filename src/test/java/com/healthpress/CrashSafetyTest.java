package com.healthpress;

import com.healthpress.article.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.storage.Database;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL to the server in a process of its own while admins keep saving articles, then a restart on the same
 * database: every save that was answered as saved is there with its revision, the history has no gaps, and the
 * admin's session and the editor still work. Runs on H2, and in the PostgreSQL run on PostgreSQL.
 */
class CrashSafetyTest {

    private static final int EDITORS = 3;
    /** The kill comes after this much saving and once this many saves were answered, or at the latest after… */
    private static final Duration SAVING_AT_LEAST = Duration.ofMillis(1500);
    private static final int ENOUGH_ANSWERED_SAVES = 20;
    /** …this much saving, on a machine too busy to answer that many saves sooner. */
    private static final Duration SAVING_AT_MOST = Duration.ofSeconds(20);
    private static final Duration EDITORS_NOTICE_THE_KILL = Duration.ofSeconds(30);

    private static String databaseUrl;
    private static AdminClient admin;
    private static List<Editor> editors;
    private static int killedServerExit;
    private static ServerProcess restarted;
    /** Each article and its revisions (version to lead) as the restarted server found them, before any test ran. */
    private static Map<Long, Article> storedArticles;
    private static Map<Long, Map<Integer, String>> storedRevisionLeads;

    @BeforeAll
    static void killTheServerWhileEditorsSaveThenRestartIt() throws Exception {
        databaseUrl = TestDatabases.fresh();
        int port;
        try (ServerProcess server = ServerProcess.start(databaseUrl)) {
            port = server.port();
            admin = AdminClient.loggedIn(server.url(""), databaseUrl);
            editors = IntStream.range(0, EDITORS).mapToObj(Editor::withArticleOfItsOwn).toList();
            List<Thread> threads = editors.stream().map(editor -> new Thread(editor, "editor-" + editor.number))
                    .toList();
            threads.forEach(Thread::start);
            letThemSave();
            killedServerExit = server.kill();
            for (Thread thread : threads) {
                thread.join(EDITORS_NOTICE_THE_KILL.toMillis());
            }
        }
        restarted = ServerProcess.start(databaseUrl, port);
        readWhatTheRestartedServerFound();
    }

    @AfterAll
    static void stopTheRestartedServer() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void theEditorsHadManySavesAnsweredAndNoOtherAnswerBeforeTheKill() {
        int answered = editors.stream().mapToInt(editor -> editor.answered.size()).sum();

        assertEquals(ServerProcess.KILLED, killedServerExit);
        assertTrue(answered >= ENOUGH_ANSWERED_SAVES, "only " + answered + " saves were answered before the kill");
        for (Editor editor : editors) {
            assertNull(editor.unexpected, "editor " + editor.number);
            assertTrue(editor.finished, "editor " + editor.number + " still saves after the kill");
        }
    }

    @Test
    void theRestartedServerIsReadyOnTheDatabaseTheKilledOneLeft() {
        HttpResponse<String> ready = admin.get("/readyz");

        assertEquals(200, ready.statusCode(), restarted.output());
        assertEquals("ready\n", ready.body());
        assertTrue(!restarted.output().contains(" ERROR ") && !restarted.output().contains("Exception"),
                restarted.output());
    }

    @Test
    void everySaveAnsweredAsSavedBeforeTheKillHasItsRevision() {
        for (Editor editor : editors) {
            Map<Integer, String> revisions = storedRevisionLeads.get(editor.articleId);
            for (Save save : editor.answered) {
                assertEquals(save.lead(), revisions.get(save.version()), "article " + editor.articleId + " version "
                        + save.version());
            }
        }
    }

    @Test
    void eachArticleHoldsItsLastAnsweredSaveOrTheOneTheKillCutOff() {
        for (Editor editor : editors) {
            Article article = storedArticles.get(editor.articleId);
            Save last = editor.answered.isEmpty()
                    ? new Save("First draft.", 1)
                    : editor.answered.get(editor.answered.size() - 1);
            Optional<Save> cutOff = Optional.ofNullable(editor.cutOff).map(lead -> new Save(lead, last.version() + 1));
            Save stored = new Save(article.lead(), article.version());

            assertTrue(stored.equals(last) || cutOff.filter(stored::equals).isPresent(), "article " + editor.articleId
                    + " holds " + stored + "; the last save answered was " + last + ", the one cut off " + cutOff);
        }
    }

    @Test
    void revisionsRunFromOneToTheArticlesVersionWithoutAGap() {
        for (Editor editor : editors) {
            int version = storedArticles.get(editor.articleId).version();

            assertEquals(IntStream.rangeClosed(1, version).boxed().toList(),
                    List.copyOf(storedRevisionLeads.get(editor.articleId).keySet()), "article " + editor.articleId);
        }
    }

    @Test
    void theAdminIsStillLoggedInAndCanSaveAfterTheRestart() {
        Editor editor = editors.get(0);
        String path = "/admin/articles/" + editor.articleId;
        int version = DraftForm.versionOn(admin.get(path));

        HttpResponse<String> save = admin.post(path, DraftForm.fields(editor.slug, "Saved after the restart.",
                version));
        HttpResponse<String> page = admin.get(path);

        assertEquals(303, save.statusCode(), save.body());
        assertEquals(path + "?notice=saved", save.headers().firstValue("Location").orElse(""));
        assertEquals("Saved after the restart.", Jsoup.parse(page.body()).select("#lead").text());
        assertEquals(version + 1, DraftForm.versionOn(page));
    }

    private static void letThemSave() throws InterruptedException {
        Instant start = Instant.now();
        while (true) {
            Duration saving = Duration.between(start, Instant.now());
            int answered = editors.stream().mapToInt(editor -> editor.answered.size()).sum();
            if (saving.compareTo(SAVING_AT_MOST) >= 0
                    || saving.compareTo(SAVING_AT_LEAST) >= 0 && answered >= ENOUGH_ANSWERED_SAVES) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static void readWhatTheRestartedServerFound() {
        storedArticles = new HashMap<>();
        storedRevisionLeads = new HashMap<>();
        try (Database database = Database.open(databaseUrl)) {
            ArticleService articles = new ArticleService(database.jdbi(), Clock.systemUTC(),
                    new ChangeFeed(database.jdbi(), Clock.systemUTC()));
            for (Editor editor : editors) {
                storedArticles.put(editor.articleId, articles.findById(editor.articleId).orElseThrow());
                storedRevisionLeads.put(editor.articleId, database.jdbi().withHandle(handle -> {
                    RevisionRepository revisions = handle.attach(RevisionRepository.class);
                    Map<Integer, String> leads = new TreeMap<>();
                    revisions.listFor(editor.articleId).forEach(revision -> leads.put(revision.version(),
                            revisions.findContent(editor.articleId, revision.version())
                                    .map(content -> ArticleSnapshots.fromJson(content).lead()).orElse(null)));
                    return leads;
                }));
            }
        }
    }

    /** A save as the editor sent it: the lead it stored and the version the article had then. */
    private record Save(String lead, int version) {
    }

    /**
     * One admin's browser tab saving its own article again and again, each time with a new lead and the version its
     * editor page showed, until the server is gone; it keeps the saves answered as saved and the one left unanswered.
     */
    private static final class Editor implements Runnable {

        final int number;
        final long articleId;
        final String slug;
        final List<Save> answered = new CopyOnWriteArrayList<>();
        /** The lead of the save that was sent but never answered, if the kill cut one off. */
        volatile String cutOff;
        volatile String unexpected;
        volatile boolean finished;

        private Editor(int number, long articleId, String slug) {
            this.number = number;
            this.articleId = articleId;
            this.slug = slug;
        }

        static Editor withArticleOfItsOwn(int number) {
            String slug = "crash-safety-" + number;
            return new Editor(number, DraftForm.create(admin, slug), slug);
        }

        @Override
        public void run() {
            String path = "/admin/articles/" + articleId;
            int version = 1;
            try {
                for (int n = 1; unexpected == null; n++) {
                    String lead = "save-" + number + "-" + n;
                    cutOff = lead;
                    HttpResponse<String> response = admin.post(path, DraftForm.fields(slug, lead, version));
                    if (response.statusCode() != 303
                            || !response.headers().firstValue("Location").orElse("").equals(path + "?notice=saved")) {
                        unexpected = "save " + lead + " answered " + response.statusCode() + " " + response.body();
                        return;
                    }
                    answered.add(new Save(lead, version + 1));
                    cutOff = null;
                    version = readVersion(path, version + 1);
                }
            } catch (UncheckedIOException serverGone) {
                // the kill: the last save sent, if any, is the one cut off
            } catch (RuntimeException e) {
                unexpected = e.toString();
            } finally {
                finished = true;
            }
        }

        private int readVersion(String path, int expected) {
            int shown = DraftForm.versionOn(admin.get(path));
            if (shown != expected) {
                unexpected = "the editor page shows version " + shown + " after saving version " + expected;
            }
            return shown;
        }
    }
}
