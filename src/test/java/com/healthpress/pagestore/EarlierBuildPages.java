package com.healthpress.pagestore;

import com.healthpress.cache.CachedPage;
import com.healthpress.changes.ChangeEventRepository;
import com.healthpress.storage.Database;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Stored pages of an earlier build, "/articles/page-00000" on, for a background renderer to render again (for tests). */
final class EarlierBuildPages {

    private EarlierBuildPages() {
    }

    static String key(int number) {
        return String.format("/articles/page-%05d", number);
    }

    static void insert(Database database, int pages) {
        Clock clock = Clock.systemUTC();
        database.jdbi().useTransaction(handle -> {
            StoredPageRepository rows = handle.attach(StoredPageRepository.class);
            for (int i = 0; i < pages; i++) {
                String key = key(i);
                rows.insert(key, "text/html", "etag-" + i, clock.instant(), 10, null, "article:" + i + " listings",
                        "build-0", "site-1", clock.instant());
                rows.insertTags(List.of("article:" + i, "listings"), key);
            }
        });
    }

    /** The newest change of the database, as the change feed would have heard it. */
    static long lastChange(Database database) {
        return database.jdbi().withHandle(handle -> handle.attach(ChangeEventRepository.class).lastId());
    }

    /** A rendered page for the key, with this many words of text. */
    static CachedPage page(String key, int words) {
        String html = "<main>" + key + " " + "text ".repeat(words) + "</main>";
        return CachedPage.of(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                Clock.systemUTC().instant(), Set.of("article:" + key.hashCode(), "listings"));
    }
}
