package com.healthpress.pagestore;

import com.healthpress.config.Config;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jdbi.v3.core.Jdbi;

/** The texts of fresh stored pages, read as a server reads them: the row, then its file (for tests). */
final class StoredTexts {

    private final Jdbi jdbi;
    private final PageFiles files;

    /** The files where a server on this database keeps them by default. */
    StoredTexts(Jdbi jdbi, String databaseUrl) {
        this.jdbi = jdbi;
        this.files = filesOf(databaseUrl);
    }

    static PageFiles filesOf(String databaseUrl) {
        return new PageFiles(new Config(0, databaseUrl, "http://localhost", "Test").pageFiles());
    }

    /** The text of the page's fresh stored copy, if there is one. */
    Optional<String> of(String path) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT etag FROM stored_page WHERE page_key = :key AND NOT stale")
                .bind("key", path).mapTo(String.class).findOne()).map(this::text);
    }

    /** The fresh stored pages whose paths begin so, with their texts. */
    Map<String, String> freshUnder(String pathPrefix) {
        Map<String, String> etags = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT page_key, etag FROM stored_page WHERE NOT stale AND page_key LIKE :prefix")
                .bind("prefix", pathPrefix + "%")
                .reduceRows(new HashMap<String, String>(), (rows, row) -> {
                    rows.put(row.getColumn("page_key", String.class), row.getColumn("etag", String.class));
                    return rows;
                }));
        Map<String, String> texts = new HashMap<>();
        etags.forEach((path, etag) -> texts.put(path, text(etag)));
        return texts;
    }

    private String text(String etag) {
        byte[] gzip = files.read(etag, PageFiles.GZIP);
        if (gzip == null) {
            throw new AssertionError("a fresh stored page has no file: " + etag);
        }
        return gunzip(gzip);
    }

    static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
