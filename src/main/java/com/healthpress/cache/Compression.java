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
    private static final Encoder.Parameters BROTLI_PARAMETERS = new Encoder.Parameters().setQuality(6);

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
            return Encoder.compress(bytes, BROTLI_PARAMETERS);
        } catch (IOException e) {
            return null;
        }
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
