package com.healthpress.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.healthpress.TestArticles;
import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.HeroImage;
import com.healthpress.article.MedicalReview;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static Article published(long id, String topic) {
        return TestArticles.published("Article " + id, NOW.minusSeconds(60)).toBuilder().id(id).topic(topic).build();
    }

    @Test
    void theArticlesAChangeNamesAreReadBackFromItsTags() {
        Set<String> tags = ArticleChanges.between(published(7, "Sleep"), null, NOW);

        assertEquals(List.of(7L), ArticleChanges.articleIds(tags));
        assertEquals(List.of(), ArticleChanges.articleIds(Set.of("listings", "article:x", "person-articles:3")));
    }

    @Test
    void changingAPublicArticleTouchesItsPagesListingsAndTopics() {
        Article before = published(7, "Sleep");
        Article after = before.toBuilder().topic("Heart health").build();

        assertEquals(Set.of("article:7", "listings", "crawler-files", "search", "related-fallback", "topic:sleep",
                "topic:heart-health"), ArticleChanges.between(before, after, NOW));
    }

    @Test
    void anotherAuthorOrReviewerRedrawsBothPeoplesProfilesButABodyEditDoesNot() {
        Article before = published(12, "Sleep").toBuilder()
                .author(Author.linked(1, "dr-a", "Dr A", Author.Kind.Person, null))
                .review(new MedicalReview(2, "dr-b", "Dr B", "MD", null)).build();
        Article after = before.toBuilder().author(Author.linked(3, "dr-c", "Dr C", Author.Kind.Person, null)).build();

        assertEquals(Set.of("article:12", "crawler-files", "person-articles:1", "person-articles:2",
                "person-articles:3"), ArticleChanges.between(before, after, NOW));
        assertEquals(Set.of("article:12", "crawler-files"),
                ArticleChanges.between(before, before.toBuilder().body("## Other\n\nText.").build(), NOW));
    }

    @Test
    void editingTheTitleOfAPublicArticleLeavesTheOtherPagesOfItsTopicCachedButNotSearches() {
        Article before = published(8, "Sleep");
        Article after = before.toBuilder().title("A better title").body("## New\n\nText.").build();

        assertEquals(Set.of("article:8", "crawler-files", "listings", "search"),
                ArticleChanges.between(before, after, NOW));
    }

    @Test
    void editingTheBodyOrAnAnswerLeavesListingsAndSearchPagesCachedAndAQuestionOnlySearches() {
        Article before = published(10, "Sleep").toBuilder().faq(List.of(new FaqItem("Why?", "Because."))).build();
        Article after = before.toBuilder().body("## Changed\n\nOnly the body.")
                .faq(List.of(new FaqItem("Why?", "A longer answer."))).build();
        Article asked = after.toBuilder().faq(List.of(new FaqItem("Why now?", "A longer answer."))).build();

        assertEquals(Set.of("article:10", "crawler-files"), ArticleChanges.between(before, after, NOW));
        assertEquals(Set.of("article:10", "crawler-files", "search"), ArticleChanges.between(after, asked, NOW));
    }

    @Test
    void addingReplacingOrRemovingTheHeroImageRedrawsListingsAndSearchesForTheirThumbnailsButNotAnAltChange() {
        Article plain = published(11, "Sleep");
        Article pictured = plain.toBuilder().heroImage(hero(21, "A bedroom")).build();
        Article replaced = plain.toBuilder().heroImage(hero(22, "A bedroom")).build();
        Article realt = plain.toBuilder().heroImage(hero(22, "A dark bedroom")).build();
        Set<String> listed = Set.of("article:11", "crawler-files", "listings", "search");

        assertEquals(listed, ArticleChanges.between(plain, pictured, NOW));
        assertEquals(listed, ArticleChanges.between(pictured, replaced, NOW));
        assertEquals(listed, ArticleChanges.between(replaced, plain, NOW));
        assertEquals(Set.of("article:11", "crawler-files"), ArticleChanges.between(replaced, realt, NOW),
                "listings show the thumbnail with alt=\"\"");
    }

    private static HeroImage hero(long imageId, String alt) {
        return new HeroImage(imageId, alt, 1600, 900, "image/jpeg",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true);
    }

    @Test
    void publishingOrMovingInTimeChangesWhatRelatedBoxesShow() {
        Article published = published(9, "Sleep");
        Article draft = published.toBuilder().status(ArticleStatus.DRAFT).build();
        Article earlier = published.toBuilder().publishedAt(NOW.minusSeconds(7200)).build();

        assertEquals(Set.of("article:9", "listings", "crawler-files", "search", "related-fallback", "topic:sleep"),
                ArticleChanges.between(draft, published, NOW));
        assertEquals(Set.of("article:9", "listings", "crawler-files", "search", "related-fallback", "topic:sleep"),
                ArticleChanges.between(published, earlier, NOW));
    }

    @Test
    void aDraftTouchesNoPublicPage() {
        Article draft = TestArticles.draft("Draft").toBuilder().id(3).build();

        assertEquals(Set.of(), ArticleChanges.between(draft, draft.toBuilder().title("Edited").build(), NOW));
    }

    @Test
    void schedulingTellsThePublisherButTouchesNoPageYet() {
        Article scheduled = published(4, "Sleep").toBuilder().publishedAt(NOW.plusSeconds(3600)).build();

        assertEquals(Set.of("schedule"), ArticleChanges.between(null, scheduled, NOW));
    }

    @Test
    void movingToTheTrashTouchesThePagesItLeaves() {
        assertEquals(Set.of("article:5", "listings", "crawler-files", "search", "related-fallback", "topic:sleep"),
                ArticleChanges.between(published(5, "Sleep"), null, NOW));
    }
}
