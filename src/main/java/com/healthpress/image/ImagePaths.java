package com.healthpress.image;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Public paths of stored images: {@code /images/12-1a2b3c4d5e.webp}. */
public final class ImagePaths {

    /** How many hex digits of the image's SHA-256 the file name carries. */
    static final int HASH_PREFIX_LENGTH = 10;

    private static final Pattern FILE_NAME =
            Pattern.compile("([1-9][0-9]{0,17})-([0-9a-f]{10})(?:-([0-9a-z]{1,8}))?\\.([a-z]{3,4})");

    private ImagePaths() {
    }

    public static String path(long imageId, String sha256, String contentType) {
        String extension = ImageFormat.ofContentType(contentType).map(ImageFormat::extension).orElse("bin");
        return base(imageId, sha256) + "." + extension;
    }

    /** A variant's path: the image's name with the variant's, as in {@code /images/12-1a2b3c4d5e-800w.webp}. */
    static String variantPath(long imageId, String sha256, ImageVariant variant) {
        return base(imageId, sha256) + variant.fileSuffix();
    }

    private static String base(long imageId, String sha256) {
        return "/images/" + imageId + "-" + sha256.substring(0, HASH_PREFIX_LENGTH);
    }

    /** The parts of a file name under /images/, when it has the shape {@link #path} gives. */
    static Optional<ImageFile> parse(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return ImageFormat.ofExtension(matcher.group(4)).map(format -> new ImageFile(
                Long.parseLong(matcher.group(1)), matcher.group(2), Optional.ofNullable(matcher.group(3)), format));
    }

    /**
     * A requested image file name: the image id, the hash prefix, the variant's name (none for the original) and the
     * format its extension names.
     */
    record ImageFile(long imageId, String hashPrefix, Optional<String> variant, ImageFormat format) {

        /** True when the name was made for this stored image, so an old or guessed name is not served. */
        boolean names(StoredImageInfo image) {
            return image.id() == imageId && image.sha256().startsWith(hashPrefix)
                    && (variant.isPresent() || image.contentType().equals(format.contentType()));
        }
    }
}
