package com.healthpress.backup;

import com.healthpress.articles.ArticleService;
import com.healthpress.search.SearchDocument;
import com.healthpress.search.SearchDocumentRepository;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes the search document of every restored article. Exports leave them out because they are made from the
 * article and its FAQ; made here by {@link SearchDocument#of} they match the search of the version that restores.
 */
final class SearchDocuments {

    private static final int BATCH = 500;

    private SearchDocuments() {
    }

    static void rebuild(Handle handle) {
        long after = 0;
        while (true) {
            List<Long> ids = handle.createQuery("SELECT id FROM article WHERE id > :after ORDER BY id LIMIT " + BATCH)
                    .bind("after", after)
                    .mapTo(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return;
            }
            handle.attach(SearchDocumentRepository.class).insertAll(ids.stream()
                    .map(id -> SearchDocument.of(ArticleService.findById(handle, id).orElseThrow()))
                    .toList());
            after = ids.get(ids.size() - 1);
        }
    }
}
