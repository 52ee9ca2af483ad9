package com.healthpress.image;

import com.healthpress.article.Article;
import com.healthpress.article.HeroImage;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Checks hero images and stores them with their variants, for the editor's save that sets one; the previous image is
 * deleted once nothing uses it.
 */
public final class HeroImages {

    private final ImageWorkers workers;
    private final Clock clock;

    public HeroImages(ImageWorkers workers, Clock clock) {
        this.workers = workers;
        this.clock = clock;
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

    /** Usually a revision still names the previous image, which keeps it; readers no longer get it, though. */
    public static void deletePreviousIfUnused(Handle handle, Article before, Article after) {
        if (before.hasHeroImage()
                && (!after.hasHeroImage() || after.heroImage().imageId() != before.heroImage().imageId())) {
            UnusedImages.deleteIfUnused(handle, List.of(before.heroImage().imageId()));
        }
    }
}
