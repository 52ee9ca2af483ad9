package com.healthpress.outbox;

import com.healthpress.article.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events an article change makes, from the article before and after it (null before: it is new; null after: it
 * went to the trash). Only what readers can see counts: a draft's saves make none, a scheduled article makes
 * article.published when its time comes (ScheduledPublisher).
 */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public static List<NewEvent> between(Article before, Article after, Instant now) {
        return between(before, after, now, true);
    }

    /**
     * As {@link #between(Article, Article, Instant)}; beforeAnnounced false says the article before was scheduled and
     * its time came, but its publication is not announced yet: saved now, it is published to receivers now.
     */
    public static List<NewEvent> between(Article before, Article after, Instant now, boolean beforeAnnounced) {
        boolean wasPublic = isPublic(before, now) && beforeAnnounced;
        boolean isPublic = isPublic(after, now);
        List<NewEvent> events = new ArrayList<>();
        if (!wasPublic && isPublic) {
            events.add(NewEvent.of(EventKind.ARTICLE_PUBLISHED, after.id(), after.slug(), after.title()));
        } else if (wasPublic && isPublic) {
            if (!before.slug().equals(after.slug())) {
                events.add(new NewEvent(EventKind.ARTICLE_SLUG_CHANGED, after.id(), after.slug(), before.slug(),
                        after.title(), null));
            }
            events.add(new NewEvent(EventKind.ARTICLE_UPDATED, after.id(), after.slug(),
                    before.slug().equals(after.slug()) ? null : before.slug(), after.title(), null));
        } else if (wasPublic) {
            events.add(NewEvent.of(after == null ? EventKind.ARTICLE_DELETED : EventKind.ARTICLE_UNPUBLISHED,
                    before.id(), before.slug(), before.title()));
        }
        return events;
    }

    /** A scheduled article whose time came: it appears on the site now. */
    public static NewEvent cameDue(long articleId, String slug, String title) {
        return NewEvent.of(EventKind.ARTICLE_PUBLISHED, articleId, slug, title);
    }

    private static boolean isPublic(Article article, Instant now) {
        return article != null && article.isPublicAt(now);
    }
}
