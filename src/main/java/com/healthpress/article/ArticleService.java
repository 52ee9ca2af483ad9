package com.healthpress.article;

import com.healthpress.faq.FaqRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads and writes whole articles (the row and its FAQ) and answers the questions the reader pages ask. */
public final class ArticleService {

    private static final int RELATED_COUNT = 4;

    private final Jdbi jdbi;
    private final Clock clock;

    public ArticleService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A published article with its FAQ, when readers may see it. */
    public Optional<Article> findPublic(String slug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findPublicBySlug(slug, clock.instant())
                .map(article -> withFaq(handle, article)));
    }

    public Optional<Article> findBySlug(String slug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findBySlug(slug)
                .map(article -> withFaq(handle, article)));
    }

    /** The newest public articles, page by page (pages count from 1). */
    public Listing latest(int page, int pageSize) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            ArticleRepository articles = handle.attach(ArticleRepository.class);
            long total = articles.countPublic(now);
            return listing(page, pageSize, total, offset -> articles.listPublic(now, pageSize, offset));
        });
    }

    /** The newest public articles of one topic, page by page. */
    public Listing latestInTopic(String topicSlug, int page, int pageSize) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            ArticleRepository articles = handle.attach(ArticleRepository.class);
            long total = articles.countPublicInTopic(topicSlug, now);
            return listing(page, pageSize, total,
                    offset -> articles.listPublicInTopic(topicSlug, now, pageSize, offset));
        });
    }

    /** The display name of a topic that has at least one public article. */
    public Optional<String> findPublicTopic(String topicSlug) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .findPublicTopicName(topicSlug, clock.instant()));
    }

    public List<ArticleSummary> related(Article article) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listRelated(article.id(), article.topic(), clock.instant(), RELATED_COUNT));
    }

    /** Every public article, newest first. */
    public List<ArticleSummary> allPublic() {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class).listAllPublic(clock.instant()));
    }

    /** The newest public articles with author and lead but without their FAQ, which is not read here. */
    public List<Article> latestWithoutFaq(int limit) {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class)
                .listLatestPublic(clock.instant(), limit));
    }

    public boolean isEmpty() {
        return jdbi.withHandle(handle -> handle.attach(ArticleRepository.class).countAll() == 0);
    }

    /**
     * Stores a new article with its FAQ in one transaction. Its slug is made unique by numbering
     * ("-2", "-3"…) when taken; the stored article is returned.
     */
    public Article create(Article article) {
        return jdbi.inTransaction(handle -> create(handle, article));
    }

    /** As {@link #create(Article)}, inside a transaction the caller already holds. */
    public Article create(Handle handle, Article article) {
        ArticleRepository articles = handle.attach(ArticleRepository.class);
        String slug = uniqueSlug(articles, article.slug());
        Article stored = articles.insert(withSlug(article, slug), clock.instant());
        handle.attach(FaqRepository.class).replaceAll(stored.id(), article.faq());
        return stored.withFaq(article.faq());
    }

    private static String uniqueSlug(ArticleRepository articles, String wanted) {
        String slug = wanted;
        for (int number = 2; articles.slugExists(slug); number++) {
            slug = Slugs.numbered(wanted, number);
        }
        return slug;
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), slug, a.title(), a.metaTitle(), a.metaDescription(), a.focusKeyword(), a.lead(),
                a.body(), a.author(), a.review(), a.topic(), a.status(), a.publishedAt(), a.createdAt(),
                a.updatedAt(), a.version(), a.faq());
    }

    private static Article withFaq(Handle handle, Article article) {
        return article.withFaq(handle.attach(FaqRepository.class).listFor(article.id()));
    }

    private static Listing listing(int page, int pageSize, long total,
                                   java.util.function.LongFunction<List<ArticleSummary>> fetch) {
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount) {
            return new Listing(List.of(), page, pageCount);
        }
        return new Listing(fetch.apply((long) (page - 1) * pageSize), page, pageCount);
    }
}
