package com.healthpress.image;

import com.healthpress.AdminClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.AdminClient.Part;
import com.healthpress.ServerProcess;
import com.healthpress.TestArticles;
import com.healthpress.TestDatabases;
import com.healthpress.article.Article;
import com.healthpress.articles.ArticleService;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The server as operators run it, with a 192 MB heap, takes four saves at once of articles with a huge progressive JPEG (whose
 * decoder holds the whole image's coefficients outside the heap): its resident memory stays bounded and readers'
 * pages answer throughout.
 */
class BoundedDecodingTest {

    private static final String SAVED = "saved";
    private static final int UPLOADS = 4;
    /** The bound for images refused from their header: nothing of them is decoded. */
    private static final long MAX_RESIDENT_BYTES = 400L * 1024 * 1024;
    /**
     * For the largest accepted images, decoded one at a time with their variants made: the heap (192 MB, all of it
     * touched once variants are made), one decode's coefficients outside it (about 120 MB for a progressive 40 MP
     * JPEG) and the JVM's own. Measured 439–442 MB; four decodes at once would add 360 MB.
     */
    private static final long MAX_RESIDENT_BYTES_DECODING = 480L * 1024 * 1024;
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern PEAK_RESIDENT = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    @Test
    void fourHugeProgressiveJpegsAtOnceAreRefusedFromTheirHeaderWithResidentMemoryBounded() throws Exception {
        List<String> answers = uploadFourAtOnceAndCheckMemoryAndPages(TestImages.progressiveJpeg(8000, 8000),
                MAX_RESIDENT_BYTES);

        assertEquals(List.of(ImageMessages.messageFor(ImageMessages.TOO_LARGE)), answers.stream().distinct().toList(),
                answers.toString());
    }

    @Test
    void fourOfTheLargestAcceptedProgressiveJpegsAtOnceAreDecodedInTurnsWithResidentMemoryBounded() throws Exception {
        List<String> answers = uploadFourAtOnceAndCheckMemoryAndPages(TestImages.progressiveJpeg(6400, 6250),
                MAX_RESIDENT_BYTES_DECODING);

        assertTrue(answers.contains(SAVED), answers.toString());
        assertTrue(Set.of(SAVED, ImageMessages.messageFor(ImageMessages.BUSY)).containsAll(answers), answers.toString());
    }

    /**
     * Uploads the JPEG to four articles at once while fetching a reader's page over and over; checks that the
     * server's peak resident memory stayed under the bound and every page answered 200. The answers' codes.
     */
    private static List<String> uploadFourAtOnceAndCheckMemoryAndPages(byte[] jpeg, long maxResidentBytes)
            throws Exception {
        String databaseUrl = TestDatabases.fresh();
        List<Article> articles = articles(databaseUrl);
        // Without the page store's background renders, whose own memory (about 50 MB at start, rendering the demo
        // pages while the images decode) is the crawl benchmark's to bound, not this test's.
        try (ServerProcess server = ServerProcess.startWithMaxHeap(databaseUrl, "192m", Map.of("RENDER_AHEAD",
                "off"))) {
            AdminClient admin = AdminClient.loggedIn(server.url(""), databaseUrl);
            ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADS);
            try {
                List<List<Part>> forms = new ArrayList<>(); // fetched first, so that only the saves overlap
                for (Article article : articles) {
                    forms.add(admin.articleForm(article.id(), Map.of(), List.of(
                            Part.field("heroAlt", "A very large photo"),
                            Part.file("heroImage", "huge.jpg", "image/jpeg", jpeg))));
                }
                List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
                for (int i = 0; i < UPLOADS; i++) {
                    String editor = "/admin/articles/" + articles.get(i).id();
                    List<Part> form = forms.get(i);
                    uploads.add(CompletableFuture.supplyAsync(() -> admin.postMultipart(editor, form), uploaders));
                }
                List<Integer> pageStatuses = new ArrayList<>();
                CompletableFuture<Void> all = CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new));
                do {
                    pageStatuses.add(readersPage(server));
                } while (!all.isDone() || pageStatuses.size() < 3);
                all.join();

                long peak = peakResidentBytes(server.pid());
                assertTrue(peak < maxResidentBytes, "peak resident memory " + peak / (1024 * 1024) + " MB");
                assertTrue(pageStatuses.stream().allMatch(status -> status == 200), "reader pages: " + pageStatuses);
                List<String> answers = new ArrayList<>();
                for (int i = 0; i < UPLOADS; i++) {
                    answers.add(answerCode(uploads.get(i).join(), articles.get(i)));
                }
                return answers;
            } finally {
                uploaders.shutdownNow();
            }
        }
    }

    /** "saved" for a save (a redirect back to the editor), else the message shown next to the image's field. */
    private static String answerCode(HttpResponse<String> response, Article article) {
        if (response.statusCode() == 303) {
            assertEquals("/admin/articles/" + article.id() + "?notice=saved",
                    response.headers().firstValue("Location").orElseThrow());
            return SAVED;
        }
        assertEquals(422, response.statusCode());
        return Jsoup.parse(response.body()).selectFirst("#heroImage-error").text();
    }

    private static List<Article> articles(String databaseUrl) {
        try (Database database = Database.open(databaseUrl)) {
            ArticleService service = new ArticleService(database.jdbi(), Clock.systemUTC(),
                    new ChangeFeed(database.jdbi(), Clock.systemUTC()));
            List<Article> created = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                created.add(service.create(TestArticles.article().slug("large-photo-" + i).build()));
            }
            return created;
        }
    }

    private static int readersPage(ServerProcess server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PAGE_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/"))).timeout(PAGE_TIMEOUT).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The process's peak resident set size so far, as Linux counts it. */
    private static long peakResidentBytes(long pid) {
        try {
            Matcher peak = PEAK_RESIDENT.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            assertTrue(peak.find(), "no VmHWM in /proc/" + pid + "/status");
            return Long.parseLong(peak.group(1)) * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
