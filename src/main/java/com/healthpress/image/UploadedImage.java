package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An uploaded file proven by its content (never its name or declared type) to be a JPEG, PNG or WebP image of an
 * acceptable file size and pixel size, with its SHA-256. The bytes are the caller's; do not change them.
 */
public record UploadedImage(ImageFormat format, int width, int height, byte[] bytes, String sha256) {

    /** The largest file accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MIN_WIDTH = 200;
    public static final int MIN_HEIGHT = 100;
    /** The largest width and height accepted. */
    public static final int MAX_SIDE = 8000;
    /** The most pixels accepted (40 megapixels, e.g. 8000 × 5000): checked from the header, before any decoding. */
    public static final long MAX_PIXELS = 40_000_000;

    /** Checks a file and returns it as an image, or says with one of {@link ImageMessages}' codes why it is none. */
    public static UploadedImage read(byte[] bytes) throws ImageProblem {
        return decode(bytes).image();
    }

    /** Checks a file as {@link #read} does and keeps the decoded picture, as sharp as its variants need it. */
    static Decoded decode(byte[] bytes) throws ImageProblem {
        if (bytes.length == 0) {
            throw new ImageProblem(ImageMessages.FILE_MISSING);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImageProblem(ImageMessages.FILE_TOO_LARGE);
        }
        ImageFormat format = formatOf(bytes).orElseThrow(() -> new ImageProblem(UnsupportedFiles.codeFor(bytes)));
        Size size = switch (format) {
            case JPEG -> DecodeCheck.headerSize(bytes, format);
            case PNG -> PngHeader.read(bytes); // also checks what ImageIO lets pass: chunk checksums, animation
            case WEBP -> WebpHeader.read(bytes); // also checks the RIFF structure and refuses animation
        };
        requireAcceptable(size);
        int step = VariantMaker.decodeStep(size.width(), size.height(), format);
        BufferedImage picture = DecodeCheck.decode(bytes, format, size, step);
        return new Decoded(new UploadedImage(format, size.width(), size.height(), bytes, sha256(bytes)), picture);
    }

    /** An image with its decoded picture, which may be subsampled: fewer pixels than the image has. */
    record Decoded(UploadedImage image, BufferedImage picture) {
    }

    /** The format the file's first bytes announce; the rest of the checks prove it. */
    private static Optional<ImageFormat> formatOf(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (startsWith(bytes, 0, PngHeader.SIGNATURE)) {
            return Optional.of(ImageFormat.PNG);
        }
        if (startsWith(bytes, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                && startsWith(bytes, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
            return Optional.of(ImageFormat.WEBP);
        }
        return Optional.empty();
    }

    private static void requireAcceptable(Size size) throws ImageProblem {
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || (long) size.width() * size.height() > MAX_PIXELS) {
            throw new ImageProblem(ImageMessages.TOO_LARGE);
        }
        if (size.width() < MIN_WIDTH || size.height() < MIN_HEIGHT) {
            throw new ImageProblem(ImageMessages.TOO_SMALL);
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
