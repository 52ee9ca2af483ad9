package com.healthpress.changes;

import com.healthpress.article.Article;
import com.healthpress.article.FaqItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which cached pages a change to one article affects. An article page depends on its own article, on the articles
 * it links to as related, and on its topic (a new article there may join its related links); the home and topic
 * listings depend on "listings" (which articles they list and what they show of each), the feed on "listings" and
 * the articles it carries, the sitemap files on "crawler-files" (they date every public article's last change),
 * and search result pages on "search".
 */
public final class ArticleChanges {

    public static final String LISTINGS = "listings";
    /** The sitemap index and files: any change to a public article moves a last-modified date in them. */
    public static final String CRAWLER_FILES = "crawler-files";
    /** Pages whose related links had to borrow articles from other topics: any new public article may join them. */
    public static final String RELATED_FALLBACK = "related-fallback";
    /** No page shows it: it tells the scheduled publisher that a publication time was set or moved. */
    public static final String SCHEDULE = "schedule";
    /** Search result pages: what they find and show changes only with an article's searched or shown fields. */
    public static final String SEARCH = "search";

    private static final String ARTICLE = "article:";

    private ArticleChanges() {
    }

    public static String article(long id) {
        return ARTICLE + id;
    }

    /** The ids of the articles these tags name (with {@link #article}). */
    public static List<Long> articleIds(Collection<String> tags) {
        List<Long> ids = new ArrayList<>();
        for (String tag : tags) {
            if (tag.startsWith(ARTICLE)) {
                try {
                    ids.add(Long.parseLong(tag.substring(ARTICLE.length())));
                } catch (NumberFormatException e) {
                    // not a tag this class made
                }
            }
        }
        return ids;
    }

    public static String topic(String topicSlug) {
        return "topic:" + topicSlug;
    }

    /** Pages that show a person's record: their profile, and the bylines of their articles. */
    public static String person(long personId) {
        return "person:" + personId;
    }

    /** A profile page's lists of the articles the person wrote and reviewed. */
    public static String personArticles(long personId) {
        return "person-articles:" + personId;
    }

    /** The tags of a write that turned {@code before} (null for a new article) into {@code after} (null when deleted). */
    public static Set<String> between(Article before, Article after, Instant now) {
        boolean wasPublic = isPublic(before, now);
        boolean isPublic = isPublic(after, now);
        Set<String> tags = new LinkedHashSet<>();
        if (isScheduled(before, now) || isScheduled(after, now)) {
            tags.add(SCHEDULE);
        }
        if (!wasPublic && !isPublic) {
            return tags;
        }
        long id = after != null ? after.id() : before.id();
        tags.add(article(id));
        tags.add(CRAWLER_FILES);
        if (wasPublic != isPublic || movedInLists(before, after) || changedForListings(before, after)
                || !people(before).equals(people(after))) {
            for (Article version : new Article[] {before, after}) {
                people(version).forEach(personId -> tags.add(personArticles(personId)));
            }
        }
        if (wasPublic != isPublic || movedInLists(before, after)) {
            List<String> topicSlugs = new ArrayList<>();
            for (Article version : new Article[] {before, after}) {
                if (version != null && version.hasTopic()) {
                    topicSlugs.add(version.topicSlug());
                }
            }
            tags.addAll(placesAmongTheNewest(topicSlugs));
        } else {
            if (changedForListings(before, after)) {
                tags.add(LISTINGS);
            }
            if (changedForSearch(before, after)) {
                tags.add(SEARCH);
            }
        }
        return tags;
    }

    /**
     * The pages that change when public articles of these topics appear, disappear or move in time, besides their
     * own pages: every listing, the sitemap files, search results, and the related boxes that show a topic's or the
     * site's newest.
     */
    public static Set<String> placesAmongTheNewest(Collection<String> topicSlugs) {
        Set<String> tags = new LinkedHashSet<>(List.of(LISTINGS, CRAWLER_FILES, SEARCH, RELATED_FALLBACK));
        for (String topicSlug : topicSlugs) {
            if (topicSlug != null && !topicSlug.isBlank()) {
                tags.add(topic(topicSlug));
            }
        }
        return tags;
    }

    /**
     * An edit that keeps an article's topic and publication time keeps its place among the newest: the pages whose
     * related box shows it depend on it by its own tag, and the other pages of its topic stay as they are.
     */
    private static boolean movedInLists(Article before, Article after) {
        return !Objects.equals(before.topicSlug(), after.topicSlug())
                || !Objects.equals(before.publishedAt(), after.publishedAt());
    }

    /**
     * What a listing shows of an article besides its date: title, lead, address, topic and the hero's thumbnail (by
     * the image alone: the thumbnail's alt text is empty).
     */
    private static boolean changedForListings(Article before, Article after) {
        return !Objects.equals(before.title(), after.title()) || !Objects.equals(before.lead(), after.lead())
                || !Objects.equals(before.slug(), after.slug()) || !Objects.equals(before.topic(), after.topic())
                || !Objects.equals(heroImageId(before), heroImageId(after));
    }

    /** The ids of the article's author and reviewer records; none for an absent article or names without records. */
    private static Set<Long> people(Article article) {
        Set<Long> ids = new LinkedHashSet<>();
        if (article != null && article.author().isLinked()) {
            ids.add(article.author().personId());
        }
        if (article != null && article.hasReview() && article.review().isLinked()) {
            ids.add(article.review().reviewerId());
        }
        return ids;
    }

    private static Long heroImageId(Article article) {
        return article.hasHeroImage() ? article.heroImage().imageId() : null;
    }

    /** What search finds an article by (title, lead, FAQ questions) or shows of it (as listings do). */
    private static boolean changedForSearch(Article before, Article after) {
        return changedForListings(before, after) || !before.faq().stream().map(FaqItem::question).toList()
                .equals(after.faq().stream().map(FaqItem::question).toList());
    }

    private static boolean isScheduled(Article article, Instant now) {
        return article != null && article.isScheduledAfter(now);
    }

    /** Visible to readers now: published, its time come, and not in the trash (a trashed article is passed as null). */
    private static boolean isPublic(Article article, Instant now) {
        return article != null && article.isPublicAt(now);
    }
}
