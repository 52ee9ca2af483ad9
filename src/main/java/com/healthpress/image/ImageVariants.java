package com.healthpress.image;

import com.healthpress.article.ImageVariant;
import com.healthpress.changes.ChangeFeed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores variants, and makes them in the background for images stored without any: those from before variants
 * existed, or restored from such an export. Pages show those images' originals until then.
 */
public final class ImageVariants {

    private static final Logger LOG = LoggerFactory.getLogger(ImageVariants.class);
    private static final int BATCH = 20;

    private final Jdbi jdbi;
    private final ImageWorkers workers;
    private final ChangeFeed changes;

    public ImageVariants(Jdbi jdbi, ImageWorkers workers, ChangeFeed changes) {
        this.jdbi = jdbi;
        this.workers = workers;
        this.changes = changes;
    }

    /** Starts {@link #makeMissing} on a thread of its own; a failure is logged, and the next start tries again. */
    public void makeMissingInBackground() {
        Thread thread = new Thread(() -> {
            try {
                makeMissing();
            } catch (RuntimeException e) {
                LOG.warn("Stopped making missing image variants until the next start: {}", e.toString());
            }
        }, "image-variants");
        thread.setDaemon(true);
        thread.start();
    }

    static void store(ImageRepository images, long imageId, List<VariantFile> variants) {
        for (VariantFile file : variants) {
            ImageVariant variant = file.variant();
            images.insertVariant(imageId, variant.name(), variant.format().contentType(), variant.width(),
                    variant.height(), file.bytes());
        }
    }

    /**
     * Makes the variants of every image that has none, one image at a time on an image worker, and returns how many
     * images it did. An image another instance finishes first is left to it; one that cannot be decoded is logged
     * and keeps its original. Cached pages are dropped once a batch is done, so they name the variants.
     */
    public int makeMissing() {
        int made = 0;
        long after = 0;
        List<Long> batch;
        while (!(batch = findWithoutVariants(after)).isEmpty()) {
            int madeInBatch = 0;
            for (long imageId : batch) {
                madeInBatch += makeFor(imageId) ? 1 : 0;
                after = imageId;
            }
            if (madeInBatch > 0) {
                jdbi.useTransaction(handle -> changes.publish(handle, Set.of(ChangeFeed.EVERYTHING)));
                made += madeInBatch;
                LOG.info("Made the variants of {} stored images", made);
            }
        }
        return made;
    }

    private List<Long> findWithoutVariants(long after) {
        return jdbi.withExtension(ImageRepository.class, images -> images.findWithoutVariants(after, BATCH));
    }

    private boolean makeFor(long imageId) {
        Optional<byte[]> bytes = jdbi.withExtension(ImageRepository.class, images -> images.findBytes(imageId));
        if (bytes.isEmpty()) {
            return false; // deleted meanwhile
        }
        List<VariantFile> variants;
        try {
            variants = workers.run(() -> VariantMaker.make(UploadedImage.decode(bytes.get())));
        } catch (ImageProblem problem) {
            LOG.warn("Image {} keeps only its original: {}", imageId, problem.getMessage());
            return false;
        }
        return jdbi.inTransaction(handle -> {
            ImageRepository images = handle.attach(ImageRepository.class);
            if (!images.markVariantsMade(imageId)) {
                return false; // another instance made them, or the image is gone
            }
            store(images, imageId, variants);
            return true;
        });
    }
}
