package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's size from its header and decodes it with ImageIO (TwelveMonkeys' readers for JPEG and WebP) to
 * prove that the whole image is there: a cut-off JPEG decodes with only a warning, so warnings count as damage too.
 * Large images are decoded with subsampling, to bound the heap used; a progressive JPEG's decoder still holds the whole
 * image's coefficients outside the heap (about 120 MB for 40 megapixels), which is why decodes run one at a time.
 */
final class DecodeCheck {

    private static final double MAX_DECODED_PIXELS = 4_000_000;

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

    /**
     * Decodes the whole image, refusing it as damaged when that fails, and returns the picture: subsampled by
     * {@code step} (every step-th pixel across and down), and further when it would be larger than a few
     * megapixels. Call it on an {@link ImageWorkers} thread, which bounds how many decodes run at once.
     */
    static BufferedImage decode(byte[] bytes, ImageFormat format, Size size, int step) throws ImageProblem {
        int coarsest = Math.max(step, memoryStep(size));
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(input, true, true);
            if (reader.getWidth(0) != size.width() || reader.getHeight(0) != size.height()) {
                throw damaged();
            }
            BufferedImage picture = read(reader, coarsest);
            if (!warnings.isEmpty()) {
                throw damaged();
            }
            return picture;
        } catch (IOException | RuntimeException e) {
            throw damaged(); // ImageIO reports broken data with all kinds of exceptions
        } finally {
            reader.dispose();
        }
    }

    /**
     * TwelveMonkeys' reader, whose checks the upload tests were written against: the WebP writer's library brings a
     * WebP reader of its own, and which one ImageIO lists first is not defined.
     */
    private static ImageReader readerFor(ImageFormat format) {
        List<ImageReader> readers = new ArrayList<>();
        ImageIO.getImageReadersByMIMEType(format.contentType()).forEachRemaining(readers::add);
        ImageReader chosen = readers.stream()
                .filter(reader -> reader.getClass().getName().startsWith("com.twelvemonkeys."))
                .findFirst()
                .or(() -> readers.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("ImageIO has no reader for " + format.contentType()));
        readers.stream().filter(reader -> reader != chosen).forEach(ImageReader::dispose);
        return chosen;
    }

    /** The step that keeps the decoded picture within {@link #MAX_DECODED_PIXELS}. */
    private static int memoryStep(Size size) {
        return (int) Math.ceil(Math.sqrt((double) size.width() * size.height() / MAX_DECODED_PIXELS));
    }

    private static BufferedImage read(ImageReader reader, int step) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(0, param);
    }

    private static ImageProblem damaged() {
        return new ImageProblem(ImageMessages.DAMAGED);
    }
}
