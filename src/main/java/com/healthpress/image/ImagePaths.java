package com.healthpress.image;

import java.util.Map;

/** Public paths of stored images: {@code /images/12-1a2b3c4d5e.webp}. */
public final class ImagePaths {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

    private ImagePaths() {
    }

    public static String path(long imageId, String sha256, String contentType) {
        return "/images/" + imageId + "-" + sha256.substring(0, 10) + "." + EXTENSIONS.getOrDefault(contentType, "bin");
    }
}
