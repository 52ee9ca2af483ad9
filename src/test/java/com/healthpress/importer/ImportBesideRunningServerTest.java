package com.healthpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.healthpress.Main;
import com.healthpress.TestApp;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command run as a process of its own while the server holds the same H2 file database. */
class ImportBesideRunningServerTest {

    private static final String SLUG = "strategies-navigating-sex-back-pain-relief-emotional";

    @TempDir
    Path directory;

    @Test
    void importedArticleIsOnTheRunningSiteWithoutARestart() throws Exception {
        try (TestApp app = TestApp.start()) {
            assertEquals(404, app.get("/articles/" + SLUG).statusCode());

            Path output = directory.resolve("output.txt");
            ProcessBuilder command = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "import", "--publish", Documents.path("seed.txt").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            command.environment().put("DATABASE_URL", app.databaseUrl());
            Process process = command.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the import did not finish in 90 seconds: " + Files.readString(output));
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertEquals(0, process.exitValue(), printed);
            assertTrue(printed.lines().toList().contains("imported " + SLUG), printed);
            Article stored = app.articles().findBySlug(SLUG).orElseThrow();
            assertEquals(ArticleStatus.PUBLISHED, stored.status());
            assertEquals(5, stored.faq().size());
            HttpResponse<String> page = app.get("/articles/" + SLUG);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Conclusion: Prioritizing Connection and Physical Safety"));
        }
    }
}
