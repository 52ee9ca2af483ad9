package com.healthpress.article;

import java.util.Arrays;
import java.util.Optional;

/** The raster formats Healthpress accepts for uploads, with their content type, file extension and display name. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", "JPEG"),
    PNG("image/png", "png", "PNG"),
    WEBP("image/webp", "webp", "WebP");

    private final String contentType;
    private final String extension;
    private final String displayName;

    ImageFormat(String contentType, String extension, String displayName) {
        this.contentType = contentType;
        this.extension = extension;
        this.displayName = displayName;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ImageFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst();
    }

    public static Optional<ImageFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
