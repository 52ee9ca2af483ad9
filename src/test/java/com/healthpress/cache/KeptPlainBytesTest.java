package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.healthpress.TestDatabases;
import com.healthpress.storage.Database;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page the memory cache keeps compressed only (as it comes from the page store) keeps its plain bytes once a client
 * that takes no compression asks for it, so the next such client costs no gunzip; compressing clients add nothing.
 */
class KeptPlainBytesTest {

    private static final String PATH = "/articles/knee-pain";

    private final CachedPage rendered = CachedPage.of("<p>Knee pain</p>".repeat(200).getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8", Instant.parse("2026-12-07T10:00:00Z"), Set.of("article:1"));
    private final Database database = Database.open(TestDatabases.fresh());
    private final PageCache cache = new PageCache(1 << 20);
    private final CachedPages pages = TestCachedPages.over(database, cache);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aClientTakingNoCompressionLeavesThePlainBytesKeptAndCompressingClientsDoNot() {
        cache.putIfUnchanged(PATH, rendered.compressedOnly(), cache.generation());

        TestReply gzip = answer("gzip, deflate");
        assertArrayEquals(rendered.gzip(), gzip.body);
        assertNull(cache.get(PATH).identity(), "a gzip answer keeps nothing more");

        TestReply plain = answer(null);
        assertArrayEquals(rendered.identity(), plain.body);
        assertNull(plain.headers.get("Content-Encoding"));
        assertArrayEquals(rendered.identity(), cache.get(PATH).identity(), "kept for the next plain client");
        assertEquals(rendered.etag(), cache.get(PATH).etag());

        assertArrayEquals(rendered.identity(), answer("identity").body);
        assertArrayEquals(rendered.brotli(), answer("br").body);
    }

    @Test
    void aPageAChangeDroppedIsNotBroughtBackByAPlainAnswer() {
        cache.putIfUnchanged(PATH, rendered.compressedOnly(), cache.generation());
        CachedPage kept = cache.get(PATH);
        cache.invalidate(Set.of("article:1"));

        TestReply plain = new TestReply(null);
        pages.writeKept(plain, PATH, kept);

        assertArrayEquals(rendered.identity(), plain.body, "the reader who had it still gets it");
        assertNull(cache.get(PATH), "the change's drop stands");
    }

    private TestReply answer(String acceptEncoding) {
        TestReply reply = new TestReply(acceptEncoding);
        pages.writeKept(reply, PATH, cache.get(PATH));
        assertEquals(200, reply.status);
        return reply;
    }

    private static final class TestReply implements Reply {

        private final String acceptEncoding;
        private final Map<String, String> headers = new HashMap<>();
        private int status;
        private byte[] body;

        TestReply(String acceptEncoding) {
            this.acceptEncoding = acceptEncoding;
        }

        @Override
        public String requestHeader(String name) {
            return name.equals("Accept-Encoding") ? acceptEncoding : null;
        }

        @Override
        public boolean isHead() {
            return false;
        }

        @Override
        public void header(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public void status(int code) {
            status = code;
        }

        @Override
        public void body(byte[] bytes) {
            body = bytes;
        }
    }
}
