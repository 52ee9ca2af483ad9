package com.healthpress.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages are compressed once: Brotli with the smallest window that holds the page (bounded), gzip at its best. */
class CompressionTest {

    @Test
    void theBrotliWindowHoldsThePageWithinBrotlisRangeAndOurBound() {
        assertEquals(10, Compression.brotliWindow(0));
        assertEquals(10, Compression.brotliWindow(1024));
        assertEquals(11, Compression.brotliWindow(1025));
        assertEquals(14, Compression.brotliWindow(14_000));
        assertEquals(18, Compression.brotliWindow(262_144));
        assertEquals(18, Compression.brotliWindow(6_400_000), "a sitemap file is compressed with 256 KB at most");
    }

    @Test
    void pagesLargeAndSmallComeBackWhole() throws Exception {
        for (int repeats : new int[] {1, 200, 40_000}) {
            byte[] page = "<p>Knee pain, its causes and when to see a doctor.</p>\n".repeat(repeats)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] brotli = Compression.brotli(page);
            assumeTrue(brotli != null, "Brotli's native library loads here");
            DirectDecompress unpacked = Decoder.decompress(brotli);

            assertEquals(DecoderJNI.Status.DONE, unpacked.getResultStatus());
            assertArrayEquals(page, unpacked.getDecompressedData());
            assertArrayEquals(page, Compression.gunzip(Compression.gzip(page)));
        }
    }
}
