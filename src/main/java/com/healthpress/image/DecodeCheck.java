package com.healthpress.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's size from its header and decodes it with ImageIO (TwelveMonkeys' readers for JPEG and WebP) to
 * prove that the whole image is there: a cut-off JPEG decodes with only a warning, so warnings count as damage too.
 * Large images are decoded with subsampling, and only a few megapixels at once, to bound the memory used: a progressive JPEG's
 * decoder holds the whole image's coefficients outside the heap.
 */
final class DecodeCheck {

    private static final double MAX_DECODED_PIXELS = 4_000_000;
    /**
     * How many megapixels may be decoding at once, each decode taking its image's share (at least one): two images
     * of 24 megapixels, or one of the largest accepted, or many small ones. The rest wait their turn for a while,
     * then are told to try again. A progressive JPEG of 40 megapixels holds about 120 MB outside the heap.
     */
    static final int MAX_MEGAPIXELS_DECODING = 48;
    static final Duration MAX_WAIT_FOR_A_TURN = Duration.ofSeconds(5);
    private static final Semaphore MEGAPIXELS = new Semaphore(MAX_MEGAPIXELS_DECODING, true);

    private DecodeCheck() {
    }

    /** The size the header states, read without decoding any pixels. */
    static Size headerSize(byte[] bytes, ImageFormat format) throws ImageProblem {
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, false, true);
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw damaged();
        } finally {
            reader.dispose();
        }
    }

    /** Decodes the image, subsampled when large, once a turn is free; refuses it as damaged when that fails. */
    static void requireDecodable(byte[] bytes, ImageFormat format, Size size) throws ImageProblem {
        int share = shareOf(size);
        awaitTurn(share);
        try {
            decodeChecked(bytes, format, size);
        } finally {
            MEGAPIXELS.release(share);
        }
    }

    private static int shareOf(Size size) {
        long megapixels = ((long) size.width() * size.height() + 999_999) / 1_000_000;
        return (int) Math.max(1, Math.min(MAX_MEGAPIXELS_DECODING, megapixels));
    }

    private static void awaitTurn(int share) throws ImageProblem {
        try {
            if (!MEGAPIXELS.tryAcquire(share, MAX_WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImageProblem(ImageMessages.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageProblem(ImageMessages.BUSY);
        }
    }

    private static void decodeChecked(byte[] bytes, ImageFormat format, Size size) throws ImageProblem {
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(input, true, true);
            if (reader.getWidth(0) != size.width() || reader.getHeight(0) != size.height()) {
                throw damaged();
            }
            decode(reader, size);
            if (!warnings.isEmpty()) {
                throw damaged();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(); // ImageIO reports broken data with all kinds of exceptions
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("ImageIO has no reader for " + format.contentType());
        }
        return readers.next();
    }

    /** The JPEG reader can read the raw raster, which also works for CMYK files that it cannot convert to RGB. */
    private static void decode(ImageReader reader, Size size) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) size.width() * size.height() / MAX_DECODED_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        if (reader.canReadRaster()) {
            reader.readRaster(0, param);
        } else {
            reader.read(0, param);
        }
    }

    private static ImageProblem damaged() {
        return new ImageProblem(ImageMessages.DAMAGED);
    }
}
