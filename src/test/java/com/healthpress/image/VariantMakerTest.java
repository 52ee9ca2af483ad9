package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import com.healthpress.article.ImageVariant;
import com.healthpress.article.VariantPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The variants are real files of the planned format and size, decoded here by ImageIO as a browser would. */
class VariantMakerTest {

    @Test
    void everyPlannedVariantOfAJpegIsMadeInItsFormatAtItsSize() throws Exception {
        assertEveryVariantMatchesThePlan(TestImages.jpeg(2400, 1350), ImageFormat.JPEG);
    }

    @Test
    void everyPlannedVariantOfAPngIsMadeInItsFormatAtItsSize() throws Exception {
        assertEveryVariantMatchesThePlan(TestImages.png(900, 600), ImageFormat.PNG);
    }

    @Test
    void everyPlannedVariantOfAWebpIsMadeAsWebp() throws Exception {
        assertEveryVariantMatchesThePlan(TestImages.resource("extended.webp"), ImageFormat.WEBP);
    }

    @Test
    void aTransparentPngKeepsItsTransparencyInItsPngAndWebpVariants() throws Exception {
        BufferedImage transparent = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        transparent.setRGB(0, 0, 800, 400, new int[800 * 400], 0, 800); // every pixel fully transparent
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(transparent, "png", png);

        for (VariantFile file : VariantMaker.make(UploadedImage.decode(png.toByteArray()))) {
            BufferedImage decoded = decode(file);
            assertEquals(0, new Color(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 2), true)
                    .getAlpha(), file.variant().toString());
        }
    }

    @Test
    void aLargePhotoIsDecodedSubsampledButSharpEnoughForItsWidestVariant() throws Exception {
        UploadedImage.Decoded decoded = UploadedImage.decode(TestImages.jpeg(6400, 4000));

        assertTrue(decoded.picture().getWidth() < 6400, "subsampled: " + decoded.picture().getWidth());
        assertTrue(decoded.picture().getWidth() >= 1600, "sharp enough: " + decoded.picture().getWidth());
        assertTrue(decoded.picture().getHeight() >= 1200, "the square crop is 1200 high: "
                + decoded.picture().getHeight());
    }

    private static void assertEveryVariantMatchesThePlan(byte[] original, ImageFormat format) throws Exception {
        UploadedImage.Decoded decoded = UploadedImage.decode(original);
        UploadedImage image = decoded.image();
        List<VariantFile> files = VariantMaker.make(decoded);

        assertEquals(VariantPlan.of(image.width(), image.height(), format),
                files.stream().map(VariantFile::variant).toList());
        for (VariantFile file : files) {
            ImageVariant variant = file.variant();
            assertEquals(variant.format(), formatOf(file.bytes()), variant.toString());
            BufferedImage picture = decode(file);
            assertEquals(List.of(variant.width(), variant.height()), List.of(picture.getWidth(), picture.getHeight()),
                    variant.toString());
        }
    }

    /** The format the file's first bytes announce, checked as an upload is. */
    private static ImageFormat formatOf(byte[] bytes) throws ImageProblem {
        return UploadedImage.read(bytes).format();
    }

    private static BufferedImage decode(VariantFile file) throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        if (picture == null) {
            throw new AssertionError("ImageIO cannot read " + file.variant());
        }
        return picture;
    }
}
