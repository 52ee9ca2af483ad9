package com.healthpress.links;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Keeps {@code article_link} in step with the articles' bodies, inside the transactions that write them: every save
 * of an article (ArticleService), each batch of the generate command and a restore. Trashing, restoring from the
 * trash and publishing change no body: the report reads what the slugs name when it asks. Deleting an article
 * deletes its links by cascade.
 */
public final class LinkGraph {

    private static final int BATCH = 500;

    private LinkGraph() {
    }

    /** Replaces the article's links with those of its body. Call inside the transaction that saves the article. */
    public static void store(Handle handle, long articleId, String body) {
        LinkRepository links = handle.attach(LinkRepository.class);
        links.deleteFrom(articleId);
        List<OutgoingLink> outgoing = OutgoingLink.of(articleId, body);
        if (!outgoing.isEmpty()) {
            links.insertAll(outgoing);
        }
    }

    /** Stores the links of new articles, which have none yet, in one batch. */
    public static void insertAll(Handle handle, List<ArticleBody> articles) {
        List<OutgoingLink> outgoing = articles.stream()
                .flatMap(article -> OutgoingLink.of(article.id(), article.body()).stream())
                .toList();
        if (!outgoing.isEmpty()) {
            handle.attach(LinkRepository.class).insertAll(outgoing);
        }
    }

    /** Writes the links of every article, a batch at a time, into a database that has none (a restore). */
    public static void insertEvery(Handle handle) {
        LinkRepository links = handle.attach(LinkRepository.class);
        long after = 0;
        for (List<ArticleBody> bodies = links.listBodies(after, BATCH); !bodies.isEmpty();
             bodies = links.listBodies(after, BATCH)) {
            insertAll(handle, bodies);
            after = bodies.get(bodies.size() - 1).id();
        }
    }
}
