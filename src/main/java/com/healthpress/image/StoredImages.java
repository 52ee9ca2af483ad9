package com.healthpress.image;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Finds stored images and their variants by the file names pages give them, and whether readers may see them. */
public final class StoredImages {

    private final Jdbi jdbi;
    private final Clock clock;

    public StoredImages(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The stored image the file name was made for; empty for an old, guessed or malformed name. */
    public Optional<StoredImageInfo> find(ImageFile file) {
        return jdbi.withExtension(ImageRepository.class, images -> images.findInfo(file.imageId()))
                .filter(file::names);
    }

    /** True when a public article shows the image now, so any reader may see it. */
    public boolean isPublic(StoredImageInfo image) {
        return jdbi.withExtension(ImageRepository.class, images -> images.isPublic(image.id(), clock.instant()));
    }

    /** The bytes of the original or of the variant the file names; empty when there is no such variant. */
    public Optional<byte[]> bytes(ImageFile file, StoredImageInfo image) {
        return jdbi.withExtension(ImageRepository.class, images -> file.variant().isPresent()
                ? images.findVariantBytes(image.id(), file.variant().get(), file.format().contentType())
                : images.findBytes(image.id()));
    }
}
