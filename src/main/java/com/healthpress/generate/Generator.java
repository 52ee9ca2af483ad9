package com.healthpress.generate;

import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import com.healthpress.articles.ArticleRepository;
import com.healthpress.articles.FaqRepository;
import com.healthpress.articles.ReferenceRepository;
import com.healthpress.articles.ReviewRecords;
import com.healthpress.articles.WorkflowRepository;
import com.healthpress.articles.ReviewCycleService;
import com.healthpress.changes.ArticleChanges;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.links.ArticleBody;
import com.healthpress.links.LinkGraph;
import com.healthpress.people.Bylines;
import com.healthpress.revision.ArticleSnapshots;
import com.healthpress.revision.RevisionRepository;
import com.healthpress.search.SearchDocument;
import com.healthpress.search.SearchDocumentRepository;
import com.healthpress.seo.analysis.SeoAnalyzer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores synthetic articles in batches: each batch is one transaction holding the article rows, their FAQ items and
 * references, one revision each (the article's JSON, as ArticleService.create stores it), their search documents, their
 * links and
 * one change event, so that running servers show the new articles at once. It writes through the repositories that
 * ArticleService.create uses, with their batch methods, so the rows have the same shape.
 * Publication dates are spread evenly over the past {@value #YEARS} years, so ids rise with them as on a real site.
 */
final class Generator {

    static final int BATCH_SIZE = 500;
    /**
     * The SEO analyser is the largest cost per generated article, so one article in this many is analysed and the
     * others take the latest score measured: a plausible spread of scores at a twentieth of the cost.
     */
    static final int ANALYSE_EVERY = Integer.getInteger("generate.analyseEvery", 20);
    static final String SAVED_BY = "generator";
    private static final int YEARS = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final long seed;
    private final SeoAnalyzer analyzer = new SeoAnalyzer();
    private final ChangeFeed changes;
    private long analysed;
    private int latestScore;

    /** {@code changes} tells running servers about each stored batch. */
    Generator(Jdbi jdbi, Clock clock, long seed, ChangeFeed changes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.seed = seed;
        this.changes = changes;
    }

    /**
     * Stores {@code count} articles, telling {@code progress} the number stored after each batch (from any thread).
     * This thread makes the batches in order while {@code writers} threads store them, each batch in a transaction
     * of its own; the first batch is stored alone, so the words of the vocabulary enter H2's full-text index once.
     */
    void generate(int count, int writers, IntConsumer progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(Duration.ofDays(365L * YEARS));
        double step = Duration.between(from, now.minus(Duration.ofHours(1))).getSeconds() / (double) count;
        SyntheticArticles synthetic = new SyntheticArticles(seed);
        Random jitter = new Random(seed + 1);
        long firstNumber = jdbi.withHandle(h -> h.attach(ArticleRepository.class).maxId()) + 1;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ExecutorService pool = new ThreadPoolExecutor(writers, writers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(writers), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicInteger stored = new AtomicInteger();
        List<Future<?>> pending = new ArrayList<>();
        try {
            for (int done = 0; done < count; ) {
                int size = Math.min(BATCH_SIZE, count - done);
                List<GeneratedArticle> batch = new ArrayList<>(size);
                for (int i = done; i < done + size; i++) {
                    Instant publishedAt = from.plusSeconds((long) ((i + jitter.nextDouble()) * step));
                    Article article = synthetic.next(publishedAt, now);
                    String slug = Slugs.numbered(Slugs.fromTitle(article.title()), Math.toIntExact(firstNumber + i));
                    batch.add(new GeneratedArticle(article.toBuilder().slug(slug).build(), score(article, today)));
                }
                Future<?> written = pool.submit(() -> progress.accept(stored.addAndGet(store(batch))));
                if (done == 0) {
                    await(written);
                }
                pending.add(written);
                pending.removeIf(future -> future.isDone() && await(future));
                done += size;
            }
            pending.forEach(Generator::await);
        } finally {
            pool.shutdownNow();
        }
    }

    /** An article ready to store, with its SEO score. */
    private record GeneratedArticle(Article article, int seoScore) {
    }

    private int score(Article article, LocalDate today) {
        if (analysed++ % ANALYSE_EVERY == 0) {
            latestScore = analyzer.analyze(article, today).score();
        }
        return latestScore;
    }

    private int store(List<GeneratedArticle> batch) {
        List<GeneratedArticle> unique = withFreeSlugs(batch);
        jdbi.useTransaction(handle -> insert(handle, unique));
        return unique.size();
    }

    /** Waits for a stored batch, passing on its failure; true so that it can serve as a filter. */
    private static boolean await(Future<?> future) {
        try {
            future.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The batch's rows through the repositories that saves write with, each kind in one batched statement. */
    private void insert(Handle handle, List<GeneratedArticle> batch) {
        List<Article> articles = ReviewCycleService.withReviewDue(handle, Bylines.linkAll(handle,
                batch.stream().map(GeneratedArticle::article).toList(), clock.instant()));
        List<Long> ids = handle.attach(ArticleRepository.class).insertAll(articles,
                batch.stream().map(GeneratedArticle::seoScore).toList(), clock.instant(), SAVED_BY);
        List<FaqRepository.Row> faq = new ArrayList<>(batch.size() * 5);
        List<ReferenceRepository.Row> references = new ArrayList<>();
        List<RevisionRepository.NewRevision> revisions = new ArrayList<>(batch.size());
        List<SearchDocument> documents = new ArrayList<>(batch.size());
        List<ArticleBody> bodies = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Article stored = articles.get(i).toBuilder().id(ids.get(i)).build();
            faq.addAll(FaqRepository.Row.of(stored.id(), stored.faq()));
            references.addAll(ReferenceRepository.Row.of(stored.id(), stored.references()));
            revisions.add(new RevisionRepository.NewRevision(stored.id(), 1, SAVED_BY, stored.updatedAt(),
                    "Generated", ArticleSnapshots.toJson(stored)));
            documents.add(SearchDocument.of(stored));
            bodies.add(new ArticleBody(stored.id(), stored.body()));
        }
        handle.attach(FaqRepository.class).insertAll(faq);
        handle.attach(ReferenceRepository.class).insertAll(references);
        handle.attach(RevisionRepository.class).insertAll(revisions);
        handle.attach(SearchDocumentRepository.class).insertAll(documents);
        LinkGraph.insertAll(handle, bodies);
        handle.attach(WorkflowRepository.class).insertImportedReviews(ids, SAVED_BY, clock.instant(),
                ReviewRecords.IMPORTED_REVIEW);
        changes.publish(handle, pagesShowing(batch));
    }

    /** Running servers drop the cached listings and the pages of the batch's topics (see ArticleChanges). */
    private static Set<String> pagesShowing(List<GeneratedArticle> batch) {
        return ArticleChanges.placesAmongTheNewest(
                batch.stream().map(generated -> generated.article().topicSlug()).toList());
    }

    /** The batch with a free slug for each article: one taken by an earlier run gets a further number. */
    private List<GeneratedArticle> withFreeSlugs(List<GeneratedArticle> batch) {
        return jdbi.withHandle(handle -> {
            ArticleRepository repository = handle.attach(ArticleRepository.class);
            List<String> slugs = batch.stream().map(generated -> generated.article().slug()).toList();
            Set<String> taken = new HashSet<>(repository.listTakenSlugs(slugs));
            if (taken.isEmpty()) {
                return batch;
            }
            List<GeneratedArticle> free = new ArrayList<>(batch.size());
            for (GeneratedArticle generated : batch) {
                Article article = generated.article();
                if (!taken.contains(article.slug())) {
                    free.add(generated);
                    continue;
                }
                String slug;
                int extra = 2;
                do {
                    slug = Slugs.numbered(article.slug(), extra++);
                } while (repository.slugExists(slug));
                free.add(new GeneratedArticle(article.toBuilder().slug(slug).build(), generated.seoScore()));
            }
            return free;
        });
    }
}
