package com.healthpress.article;

/**
 * One planned rendition of an image: its name in the file name ("800w", "16x9", "thumb"), format and size, and the
 * region of the original it shows (the whole image for a width, the centred largest part of that shape for a crop).
 */
public record ImageVariant(String name, ImageFormat format, int width, int height, Region region) {

    /** A rectangle of the original image, in its pixels. */
    public record Region(int x, int y, int width, int height) {
    }

    /** The file name suffix and extension, as in {@code 12-1a2b3c4d5e-800w.webp}. */
    String fileSuffix() {
        return "-" + name + "." + format.extension();
    }
}
