package com.healthpress.image;

import java.util.Map;

/** The codes for why a hero image was refused, and the sentences the editor shows next to the image's field. */
public final class ImageMessages {

    public static final String FILE_MISSING = "file-missing";
    public static final String FILE_TOO_LARGE = "file-too-large";
    public static final String UNSUPPORTED_TYPE = "unsupported-type";
    public static final String UNSUPPORTED_SVG = "unsupported-svg";
    public static final String UNSUPPORTED_HTML = "unsupported-html";
    public static final String UNSUPPORTED_TEXT = "unsupported-text";
    public static final String UNSUPPORTED_GIF = "unsupported-gif";
    public static final String UNSUPPORTED_PDF = "unsupported-pdf";
    public static final String UNSUPPORTED_HEIC = "unsupported-heic";
    public static final String UNSUPPORTED_AVIF = "unsupported-avif";
    public static final String UNSUPPORTED_BMP = "unsupported-bmp";
    public static final String UNSUPPORTED_TIFF = "unsupported-tiff";
    public static final String DAMAGED = "damaged";
    public static final String ANIMATED = "animated";
    public static final String TOO_SMALL = "too-small";
    public static final String TOO_LARGE = "too-large";
    public static final String ALT_MISSING = "alt-missing";
    public static final String ALT_TOO_LONG = "alt-too-long";
    public static final String BUSY = "busy";

    static final String GENERIC = "The image could not be saved. Please try again.";

    private static final String NOT_ACCEPTED = "The file is not a JPEG, PNG or WebP image";
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry(FILE_MISSING, "Choose an image file to upload."),
            Map.entry(FILE_TOO_LARGE, "The file is larger than " + UploadedImage.MAX_BYTES / (1024 * 1024)
                    + " MB. Save it at a smaller size or stronger compression and upload it again."),
            Map.entry(UNSUPPORTED_TYPE, NOT_ACCEPTED + "."),
            Map.entry(UNSUPPORTED_SVG, NOT_ACCEPTED + " (it looks like an SVG drawing)."),
            Map.entry(UNSUPPORTED_HTML, NOT_ACCEPTED + " (it looks like a web page)."),
            Map.entry(UNSUPPORTED_TEXT, NOT_ACCEPTED + " (it looks like a text file)."),
            Map.entry(UNSUPPORTED_GIF, NOT_ACCEPTED + " (it looks like a GIF image)."),
            Map.entry(UNSUPPORTED_PDF, NOT_ACCEPTED + " (it looks like a PDF document)."),
            Map.entry(UNSUPPORTED_HEIC, NOT_ACCEPTED + " (it looks like a HEIC photo). Export it as JPEG first."),
            Map.entry(UNSUPPORTED_AVIF, NOT_ACCEPTED + " (it looks like an AVIF image)."),
            Map.entry(UNSUPPORTED_BMP, NOT_ACCEPTED + " (it looks like a BMP image)."),
            Map.entry(UNSUPPORTED_TIFF, NOT_ACCEPTED + " (it looks like a TIFF image)."),
            Map.entry(DAMAGED, "The image file is damaged or incomplete. Save or export it again and upload the new file."),
            Map.entry(ANIMATED, "Animated images cannot be hero images. Upload a still image."),
            Map.entry(TOO_SMALL, "The image is too small: it must be at least " + UploadedImage.MIN_WIDTH + " × "
                    + UploadedImage.MIN_HEIGHT + " pixels."),
            Map.entry(TOO_LARGE, "The image is too large: it may be at most " + UploadedImage.MAX_SIDE + " × "
                    + UploadedImage.MAX_SIDE + " pixels and " + UploadedImage.MAX_PIXELS / 1_000_000
                    + " megapixels in all (for example " + UploadedImage.MAX_SIDE + " × "
                    + UploadedImage.MAX_PIXELS / UploadedImage.MAX_SIDE + "). Make it smaller and upload it again."),
            Map.entry(BUSY, "The server is checking other images right now. Please try again in a moment."),
            Map.entry(ALT_MISSING, "Describe what the image shows in the alternative text."),
            Map.entry(ALT_TOO_LONG, "The alternative text may be at most " + AltText.MAX_LENGTH + " characters."));

    private ImageMessages() {
    }

    /** The sentence for a code; null for null (no error), a general sentence for unknown codes. */
    public static String messageFor(String code) {
        return code == null ? null : ERRORS.getOrDefault(code, GENERIC);
    }
}
