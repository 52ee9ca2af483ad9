package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import com.healthpress.article.ImageVariant;
import com.healthpress.article.ImageVariant.Region;
import com.healthpress.article.VariantPlan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/** Makes an image's planned variants from its decoded picture: resized and cropped with Thumbnailator, then encoded. */
final class VariantMaker {

    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.80f;

    private VariantMaker() {
    }

    /** Every variant of {@link VariantPlan#of} for the image, encoded. */
    static List<VariantFile> make(UploadedImage.Decoded decoded) {
        UploadedImage image = decoded.image();
        List<VariantFile> files = new ArrayList<>();
        for (ImageVariant variant : VariantPlan.of(image.width(), image.height(), image.format())) {
            BufferedImage picture = resized(decoded, variant);
            files.add(new VariantFile(variant, encode(picture, variant.format())));
        }
        return files;
    }

    /**
     * How coarsely the image may be decoded (every n-th pixel) and still give its largest variant at full sharpness:
     * an 8000 × 8000 photo needs only 1600 × 1600 pixels of it.
     */
    static int decodeStep(int width, int height, ImageFormat format) {
        double largestScale = VariantPlan.of(width, height, format).stream()
                .mapToDouble(variant -> (double) variant.width() / variant.region().width())
                .max()
                .orElse(1);
        return Math.max(1, (int) Math.floor(1 / largestScale));
    }

    /** The variant's region of the decoded picture, whose pixels may be fewer than the image's. */
    private static BufferedImage resized(UploadedImage.Decoded decoded, ImageVariant variant) {
        BufferedImage picture = decoded.picture();
        double scale = (double) picture.getWidth() / decoded.image().width();
        Region region = variant.region();
        int x = (int) Math.floor(region.x() * scale);
        int y = (int) Math.floor(region.y() * scale);
        int width = Math.min(picture.getWidth() - x, Math.max(1, (int) Math.round(region.width() * scale)));
        int height = Math.min(picture.getHeight() - y, Math.max(1, (int) Math.round(region.height() * scale)));
        try {
            return Thumbnails.of(picture)
                    .sourceRegion(x, y, width, height)
                    .forceSize(variant.width(), variant.height())
                    .imageType(hasAlpha(picture, variant.format()) ? BufferedImage.TYPE_INT_ARGB
                            : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("resizing a decoded picture in memory", e);
        }
    }

    /** JPEG has no transparency; PNG and WebP keep it. */
    private static boolean hasAlpha(BufferedImage picture, ImageFormat format) {
        return format != ImageFormat.JPEG && picture.getColorModel().hasAlpha();
    }

    private static byte[] encode(BufferedImage picture, ImageFormat format) {
        ImageWriter writer = writerFor(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(picture, null, null), paramsFor(writer, format));
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a " + format.displayName() + " variant in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writerFor(ImageFormat format) {
        var writers = ImageIO.getImageWritersByMIMEType(format.contentType());
        if (!writers.hasNext()) {
            throw new IllegalStateException("ImageIO has no writer for " + format.contentType());
        }
        return writers.next();
    }

    /** Lossy JPEG and WebP at a quality that looks the same as the original at its size; PNG as it comes. */
    private static ImageWriteParam paramsFor(ImageWriter writer, ImageFormat format) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == ImageFormat.PNG || !param.canWriteCompressed()) {
            return param;
        }
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        String[] types = param.getCompressionTypes();
        if (types != null && types.length > 0) {
            param.setCompressionType(Arrays.stream(types).filter("Lossy"::equalsIgnoreCase).findFirst().orElse(types[0]));
        }
        param.setCompressionQuality(format == ImageFormat.WEBP ? WEBP_QUALITY : JPEG_QUALITY);
        return param;
    }
}
