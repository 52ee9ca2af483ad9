package com.healthpress.image;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sets and removes an article's hero image. Each change is an article save with a revision, made only when the
 * article is still at the version the editor showed; the image is stored in the same transaction, so a refused
 * change stores nothing.
 */
public final class HeroImages {

    static final String CHANGED = "Changed the hero image";
    static final String REMOVED = "Removed the hero image";

    private final Jdbi jdbi;
    private final ArticleService articles;
    private final ImageWorkers workers;
    private final Clock clock;

    public HeroImages(Jdbi jdbi, ArticleService articles, ImageWorkers workers, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Makes the uploaded file the article's hero image; empty when there is no such article. A stale version or a
     * missing article is found before the file is decoded, so a refused upload costs no decoding.
     */
    public Optional<Article> replace(long articleId, int version, byte[] file, String alt, String savedBy)
            throws ImageProblem {
        AltText.clean(alt);
        if (jdbi.withHandle(handle -> current(handle, articleId, version)).isEmpty()) {
            return Optional.empty();
        }
        HeroUpload upload = check(file, alt);
        return jdbi.inTransaction(handle -> {
            Optional<Article> current = current(handle, articleId, version);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Article changed = current.get().toBuilder().heroImage(store(handle, upload)).build();
            Article saved = save(handle, changed, savedBy, CHANGED);
            deletePreviousIfUnused(handle, current.get(), saved);
            return Optional.of(saved);
        });
    }

    /**
     * Proves a file and its alternative text fit to be a hero image and makes its variants, on an image worker. This
     * decodes the file (within the shared budget), so call it outside any transaction, after checking the article's
     * version.
     */
    public HeroUpload check(byte[] file, String alt) throws ImageProblem {
        String altText = AltText.clean(alt);
        return workers.run(() -> {
            UploadedImage.Decoded decoded = UploadedImage.decode(file);
            return new HeroUpload(decoded.image(), altText, VariantMaker.make(decoded));
        });
    }

    /**
     * Stores a checked image with its variants in the caller's transaction (once per content) and returns it as a
     * hero image.
     */
    public HeroImage store(Handle handle, HeroUpload upload) {
        UploadedImage image = upload.image();
        String contentType = image.format().contentType();
        ImageRepository images = handle.attach(ImageRepository.class);
        long imageId = images.findIdByHash(image.sha256(), contentType).orElseGet(() -> images.insert(contentType,
                image.width(), image.height(), image.sha256(), image.bytes(), clock.instant()));
        if (images.markVariantsMade(imageId)) {
            ImageVariants.store(images, imageId, upload.variants());
        }
        return new HeroImage(imageId, upload.alt(), image.width(), image.height(), contentType, image.sha256(), true);
    }

    /** Takes the hero image off the article (stored on while a revision names it); empty when there is no article. */
    public Optional<Article> remove(long articleId, int version, String savedBy) throws ImageProblem {
        return jdbi.inTransaction(handle -> {
            Optional<Article> current = current(handle, articleId, version);
            if (current.isEmpty() || !current.get().hasHeroImage()) {
                return current; // nothing to remove: no save, no revision
            }
            Article saved = save(handle, current.get().toBuilder().heroImage(null).build(), savedBy, REMOVED);
            deletePreviousIfUnused(handle, current.get(), saved);
            return Optional.of(saved);
        });
    }

    /** Usually a revision still names the previous image, which keeps it; readers no longer get it, though. */
    public static void deletePreviousIfUnused(Handle handle, Article before, Article after) {
        if (before.hasHeroImage()
                && (!after.hasHeroImage() || after.heroImage().imageId() != before.heroImage().imageId())) {
            UnusedImages.deleteIfUnused(handle, List.of(before.heroImage().imageId()));
        }
    }

    /** The stored article, when it is still at the version the editor showed. */
    private static Optional<Article> current(Handle handle, long articleId, int version) throws ImageProblem {
        Optional<Article> article = ArticleService.findById(handle, articleId);
        if (article.isPresent() && article.get().version() != version) {
            throw new ImageProblem(ImageMessages.CONFLICT);
        }
        return article;
    }

    /** The update also checks the version, for a save that came between our read and our write. */
    private Article save(Handle handle, Article changed, String savedBy, String summary) throws ImageProblem {
        return articles.update(handle, changed, savedBy, summary)
                .orElseThrow(() -> new ImageProblem(ImageMessages.CONFLICT));
    }
}
