package com.healthpress.generate;

import com.healthpress.article.Article;
import com.healthpress.article.Slugs;
import com.healthpress.faq.FaqItem;
import com.healthpress.revision.ArticleSnapshots;
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
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores synthetic articles in batches: each batch is one transaction holding the article rows, their FAQ items,
 * one revision each (the article's JSON, as ArticleService.create stores it) and their search documents. It
 * bypasses ArticleService.create, which writes one article at a time, but leaves rows of the same shape.
 * Publication dates are spread evenly over the past {@value #YEARS} years, so ids rise with them as on a real site.
 */
final class Generator {

    static final int BATCH_SIZE = 500;
    /**
     * The SEO analyser takes about a millisecond per article (110 s of CPU for 100,000), so one article in this many
     * is analysed and the others take the latest score measured: a plausible spread of scores at a twentieth of the
     * cost.
     */
    static final int ANALYSE_EVERY = Integer.getInteger("generate.analyseEvery", 20);
    static final String SAVED_BY = "generator";
    private static final int YEARS = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final long seed;
    private final SeoAnalyzer analyzer = new SeoAnalyzer();
    private long analysed;
    private int latestScore;

    Generator(Jdbi jdbi, Clock clock, long seed) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.seed = seed;
    }

    /** Stores {@code count} articles, telling {@code progress} the number stored after each batch. */
    void generate(int count, IntConsumer progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(Duration.ofDays(365L * YEARS));
        double step = Duration.between(from, now.minus(Duration.ofHours(1))).getSeconds() / (double) count;
        SyntheticArticles synthetic = new SyntheticArticles(seed);
        Random jitter = new Random(seed + 1);
        long firstNumber = jdbi.withHandle(h -> h.attach(GeneratorRepository.class).maxId()) + 1;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        for (int done = 0; done < count; ) {
            int size = Math.min(BATCH_SIZE, count - done);
            List<Article> batch = new ArrayList<>(size);
            for (int i = done; i < done + size; i++) {
                Instant publishedAt = from.plusSeconds((long) ((i + jitter.nextDouble()) * step));
                Article article = synthetic.next(publishedAt, now);
                String slug = Slugs.numbered(Slugs.fromTitle(article.title()), Math.toIntExact(firstNumber + i));
                batch.add(article.toBuilder().slug(slug).build());
            }
            store(batch, today, count);
            done += size;
            progress.accept(done);
        }
    }

    private void store(List<Article> batch, LocalDate today, int count) {
        List<Article> unique = withFreeSlugs(batch, count);
        List<GeneratorRepository.ArticleRow> rows = new ArrayList<>(unique.size());
        for (Article article : unique) {
            if (analysed++ % ANALYSE_EVERY == 0) {
                latestScore = analyzer.analyze(article, today).score();
            }
            rows.add(row(article, latestScore));
        }
        jdbi.useTransaction(handle -> insert(handle, unique, rows));
    }

    private static void insert(Handle handle, List<Article> batch, List<GeneratorRepository.ArticleRow> rows) {
        GeneratorRepository repository = handle.attach(GeneratorRepository.class);
        long[] ids = repository.insertArticles(rows);
        List<GeneratorRepository.FaqRow> faq = new ArrayList<>(batch.size() * 5);
        List<GeneratorRepository.RevisionRow> revisions = new ArrayList<>(batch.size());
        List<SearchDocument> documents = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Article stored = batch.get(i).toBuilder().id(ids[i]).build();
            List<FaqItem> items = stored.faq();
            for (int position = 0; position < items.size(); position++) {
                faq.add(new GeneratorRepository.FaqRow(ids[i], position, items.get(position).question(),
                        items.get(position).answer()));
            }
            revisions.add(new GeneratorRepository.RevisionRow(ids[i], 1, SAVED_BY, stored.updatedAt(), "Generated",
                    ArticleSnapshots.toJson(stored)));
            documents.add(SearchDocument.of(stored));
        }
        repository.insertFaq(faq);
        repository.insertRevisions(revisions);
        handle.attach(SearchDocumentRepository.class).insertAll(documents);
    }

    /** The batch with a free slug for each article: one taken by an earlier run gets a further number. */
    private List<Article> withFreeSlugs(List<Article> batch, int count) {
        return jdbi.withHandle(handle -> {
            GeneratorRepository repository = handle.attach(GeneratorRepository.class);
            Set<String> taken = new HashSet<>(repository.takenSlugs(batch.stream().map(Article::slug).toList()));
            if (taken.isEmpty()) {
                return batch;
            }
            List<Article> free = new ArrayList<>(batch.size());
            for (Article article : batch) {
                if (!taken.contains(article.slug())) {
                    free.add(article);
                    continue;
                }
                String slug;
                int extra = 2;
                do {
                    slug = Slugs.numbered(article.slug(), extra++);
                } while (repository.slugExists(slug));
                free.add(article.toBuilder().slug(slug).build());
            }
            return free;
        });
    }

    private static GeneratorRepository.ArticleRow row(Article a, int seoScore) {
        return new GeneratorRepository.ArticleRow(a.slug(), a.title(), a.metaTitle(), a.metaDescription(),
                a.focusKeyword(), a.lead(), a.body(), a.author().name(), a.author().kind().name(), a.author().url(),
                a.hasReview() ? a.review().reviewerName() : null, a.hasReview() ? a.review().credentials() : null,
                a.hasReview() ? a.review().lastReviewed() : null, a.nextReviewDue(), a.topic(), a.topicSlug(),
                a.status().storedName(), a.publishedAt(), a.createdAt(), a.updatedAt(), SAVED_BY, seoScore);
    }
}
