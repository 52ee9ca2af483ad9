package com.healthpress.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Guesses what a file that is no accepted image is, so that the refusal can say it ("it looks like a PDF"). */
final class UnsupportedFiles {

    private static final int TEXT_WINDOW = 4096;

    private UnsupportedFiles() {
    }

    /** One of the {@code unsupported-*} codes of {@link ImageMessages}. */
    static String codeFor(byte[] bytes) {
        if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a")) {
            return ImageMessages.UNSUPPORTED_GIF;
        }
        if (startsWith(bytes, 0, "%PDF-")) {
            return ImageMessages.UNSUPPORTED_PDF;
        }
        if (startsWith(bytes, 0, "II*\0") || startsWith(bytes, 0, "MM\0*")) {
            return ImageMessages.UNSUPPORTED_TIFF;
        }
        if (startsWith(bytes, 0, "BM") && bytes.length > 14 && littleEndian32(bytes, 2) == bytes.length) {
            return ImageMessages.UNSUPPORTED_BMP;
        }
        if (startsWith(bytes, 4, "ftyp")) {
            return isoMediaCode(bytes);
        }
        return looksLikeText(bytes) ? textCode(bytes) : ImageMessages.UNSUPPORTED_TYPE;
    }

    /** HEIF and AVIF files are ISO media files whose "ftyp" box names their brands. */
    private static String isoMediaCode(byte[] bytes) {
        String brands = new String(bytes, 8, Math.min(bytes.length, 64) - 8, StandardCharsets.ISO_8859_1);
        if (brands.contains("avif") || brands.contains("avis")) {
            return ImageMessages.UNSUPPORTED_AVIF;
        }
        if (brands.contains("hei") || brands.contains("hev") || brands.contains("mif1")) {
            return ImageMessages.UNSUPPORTED_HEIC;
        }
        return ImageMessages.UNSUPPORTED_TYPE;
    }

    /** SVG when an svg element comes before any html element; markup otherwise is a web page. */
    private static String textCode(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, TEXT_WINDOW), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT).replace("\uFEFF", "").strip();
        int svg = text.indexOf("<svg");
        int html = text.indexOf("<html");
        if (svg >= 0 && (html < 0 || svg < html)) {
            return ImageMessages.UNSUPPORTED_SVG;
        }
        if (html >= 0 || text.contains("<!doctype html") || text.contains("<head") || text.contains("<body")
                || text.contains("<script") || text.startsWith("<")) {
            return ImageMessages.UNSUPPORTED_HTML;
        }
        return ImageMessages.UNSUPPORTED_TEXT;
    }

    /** No control characters but tab, line feed, form feed and carriage return at the start of the file. */
    private static boolean looksLikeText(byte[] bytes) {
        byte[] window = Arrays.copyOf(bytes, Math.min(bytes.length, TEXT_WINDOW));
        for (byte b : window) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        if (bytes.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndian32(byte[] bytes, int at) {
        return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (long) (bytes[at + 3] & 0xFF) << 24;
    }
}
