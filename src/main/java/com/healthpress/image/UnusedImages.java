package com.healthpress.image;

import com.healthpress.revision.RevisionRepository;
import java.util.Collection;
import org.jdbi.v3.core.Handle;

/**
 * Deletes stored images nothing uses any more: no article (trashed ones included), no person, no revision and not
 * the logo.
 */
public final class UnusedImages {

    private UnusedImages() {
    }

    /**
     * Deletes those of the images that are now unused, in the caller's transaction, so the change that left them
     * unused and their deletion commit together. An image a revision names is kept: restoring it brings it back.
     */
    public static void deleteIfUnused(Handle handle, Collection<Long> imageIds) {
        ImageRepository images = handle.attach(ImageRepository.class);
        RevisionRepository revisions = handle.attach(RevisionRepository.class);
        for (long imageId : imageIds) {
            if (images.countArticlesUsing(imageId) == 0 && revisions.countUsingImage(imageId) == 0
                    && images.countSettingsUsing(imageId) == 0) {
                images.delete(imageId);
            }
        }
    }
}
