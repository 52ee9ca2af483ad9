package com.healthpress.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Article PUBLIC = TestArticles.published("Events", NOW.minus(Duration.ofDays(1))).toBuilder()
            .id(7).build();

    private static List<EventKind> kinds(Article before, Article after) {
        return ArticleEvents.between(before, after, NOW).stream().map(NewEvent::kind).toList();
    }

    @Test
    void aNewPublicArticleIsPublished() {
        assertEquals(List.of(EventKind.ARTICLE_PUBLISHED), kinds(null, PUBLIC));
    }

    @Test
    void draftsAndScheduledArticlesMakeNoEventUntilReadersSeeThem() {
        Article draft = PUBLIC.toBuilder().status(ArticleStatus.DRAFT).build();
        Article scheduled = PUBLIC.toBuilder().publishedAt(NOW.plus(Duration.ofDays(1))).build();

        assertEquals(List.of(), kinds(null, draft));
        assertEquals(List.of(), kinds(draft, draft.toBuilder().title("Still a draft").build()));
        assertEquals(List.of(), kinds(draft, scheduled));
        assertEquals(List.of(EventKind.ARTICLE_PUBLISHED), kinds(draft, PUBLIC));
    }

    @Test
    void aSavedPublicArticleIsUpdatedAndANewAddressSaysSoToo() {
        Article moved = PUBLIC.toBuilder().slug("new-address").build();

        assertEquals(List.of(EventKind.ARTICLE_UPDATED), kinds(PUBLIC, PUBLIC.toBuilder().lead("New lead.").build()));
        List<NewEvent> events = ArticleEvents.between(PUBLIC, moved, NOW);
        assertEquals(List.of(EventKind.ARTICLE_SLUG_CHANGED, EventKind.ARTICLE_UPDATED),
                events.stream().map(NewEvent::kind).toList());
        assertEquals(PUBLIC.slug(), events.get(0).oldSlug());
        assertEquals("new-address", events.get(0).slug());
    }

    @Test
    void aScheduledArticleSavedAfterItsTimeButBeforeItsAnnouncementIsPublishedThen() {
        Article edited = PUBLIC.toBuilder().lead("Edited as its time came.").build();

        assertEquals(List.of(EventKind.ARTICLE_PUBLISHED),
                ArticleEvents.between(PUBLIC, edited, NOW, false).stream().map(NewEvent::kind).toList());
    }

    @Test
    void takenBackItIsUnpublishedAndToTheTrashDeleted() {
        assertEquals(List.of(EventKind.ARTICLE_UNPUBLISHED),
                kinds(PUBLIC, PUBLIC.toBuilder().status(ArticleStatus.DRAFT).build()));
        assertEquals(List.of(EventKind.ARTICLE_UNPUBLISHED),
                kinds(PUBLIC, PUBLIC.toBuilder().publishedAt(NOW.plus(Duration.ofHours(1))).build()));
        assertEquals(List.of(EventKind.ARTICLE_DELETED), kinds(PUBLIC, null));
        assertEquals(7, ArticleEvents.between(PUBLIC, null, NOW).get(0).articleId());
    }
}
