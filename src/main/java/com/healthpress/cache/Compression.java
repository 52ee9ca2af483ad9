package com.healthpress.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Compresses a page once, when it is rendered, so that no request pays for it. */
final class Compression {

    private static final boolean BROTLI = brotliAvailable();
    /**
     * Quality 6: on an article page it comes within a few bytes of quality 9 in a small fraction of the time, where
     * quality 9 would cost most of an uncached render.
     */
    private static final int BROTLI_QUALITY = 6;
    /**
     * The largest Brotli window, as a power of two (256 KB): a page is compressed with the smallest window that
     * holds it, at most this. The default (4 MB) made the encoder take some 37 MB outside the heap for a sitemap
     * file of 6 MB, twice at once while the store filled; 256 KB costs that file 0.2 % in size, and a page under
     * 256 KB nothing at all.
     */
    private static final int MAX_BROTLI_WINDOW = 18;
    private static final int MIN_BROTLI_WINDOW = 10;

    private Compression() {
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Brotli copy, or null where the native library cannot load (then clients get gzip). */
    static byte[] brotli(byte[] bytes) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY)
                    .setWindow(brotliWindow(bytes.length)));
        } catch (IOException e) {
            return null;
        }
    }

    /** The smallest window (log2 of its size) that holds this many bytes, within Brotli's range and our bound. */
    static int brotliWindow(int length) {
        int holding = 32 - Integer.numberOfLeadingZeros(Math.max(length, 1) - 1);
        return Math.max(MIN_BROTLI_WINDOW, Math.min(MAX_BROTLI_WINDOW, holding));
    }

    private static boolean brotliAvailable() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
