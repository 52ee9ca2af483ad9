package com.healthpress.importer;

import com.healthpress.articles.ArticleService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with the demo articles shipped in {@code demo/}, through the importer: every file
 * named in {@code demo/index.txt} (one name a line; blank lines and lines starting with # are skipped) is
 * imported and published. A missing index or document, or one that does not import, is logged and skipped.
 */
public final class DemoContent {

    static final String DIRECTORY = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);

    private DemoContent() {
    }

    public static void loadIfEmpty(ArticleService articles, ArticleImporter importer) {
        loadIfEmpty(articles, importer, DIRECTORY);
    }

    /** As {@link #loadIfEmpty(ArticleService, ArticleImporter)} from another class-path directory. */
    static void loadIfEmpty(ArticleService articles, ArticleImporter importer, String directory) {
        if (!articles.isEmpty()) {
            return;
        }
        String index = resource(directory + "/index.txt");
        if (index == null) {
            LOG.info("No {}/index.txt on the class path: no demo articles loaded", directory);
            return;
        }
        for (String name : documentNames(index)) {
            String document = resource(directory + "/" + name);
            if (document == null) {
                LOG.warn("Demo article {}/{} is listed in the index but missing: skipped", directory, name);
                continue;
            }
            try {
                ImportResult result = importer.importDocument(document, true);
                LOG.info("Demo article {} imported as /articles/{}", name, result.article().slug());
            } catch (ImportException e) {
                LOG.warn("Demo article {}/{} cannot be imported: {}", directory, name, e.getMessage());
            }
        }
    }

    static List<String> documentNames(String index) {
        return index.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String resource(String path) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", path, e.getMessage());
            return null;
        }
    }
}
