package com.healthpress.article;

/** Public paths of stored images: {@code /images/12-1a2b3c4d5e.webp}. */
public final class ImagePaths {

    /** How many hex digits of the image's SHA-256 the file name carries. */
    public static final int HASH_PREFIX_LENGTH = 10;

    private ImagePaths() {
    }

    public static String path(long imageId, String sha256, String contentType) {
        String extension = ImageFormat.ofContentType(contentType).map(ImageFormat::extension).orElse("bin");
        return base(imageId, sha256) + "." + extension;
    }

    /** A variant's path: the image's name with the variant's, as in {@code /images/12-1a2b3c4d5e-800w.webp}. */
    public static String variantPath(long imageId, String sha256, ImageVariant variant) {
        return base(imageId, sha256) + variant.fileSuffix();
    }

    private static String base(long imageId, String sha256) {
        return "/images/" + imageId + "-" + sha256.substring(0, HASH_PREFIX_LENGTH);
    }
}
