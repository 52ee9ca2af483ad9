package com.healthpress.image;

import com.healthpress.article.ImageFormat;
import static com.healthpress.image.TestImages.append;
import static com.healthpress.image.TestImages.cut;
import static com.healthpress.image.TestImages.indexOf;
import static com.healthpress.image.TestImages.jpeg;
import static com.healthpress.image.TestImages.littleEndian32;
import static com.healthpress.image.TestImages.png;
import static com.healthpress.image.TestImages.resource;
import static com.healthpress.image.TestImages.withLittleEndian32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class UploadedImageTest {

    @Test
    void jpegIsAcceptedWithTheSizeOfItsFrameHeader() throws ImageProblem {
        byte[] bytes = jpeg(640, 360);

        UploadedImage image = UploadedImage.read(bytes);

        assertEquals(ImageFormat.JPEG, image.format());
        assertEquals(640, image.width());
        assertEquals(360, image.height());
        assertArrayEquals(bytes, image.bytes());
    }

    @Test
    void progressiveJpegIsAcceptedWithTheSizeOfItsFrameHeader() throws ImageProblem {
        byte[] bytes = TestImages.progressiveJpeg(500, 280);
        indexOf(bytes, "\u00FF\u00C2"); // the test image really is progressive

        UploadedImage image = UploadedImage.read(bytes);

        assertEquals(ImageFormat.JPEG, image.format());
        assertEquals(500, image.width());
        assertEquals(280, image.height());
    }

    @Test
    void pngIsAcceptedWithTheSizeOfItsHeader() throws ImageProblem {
        UploadedImage image = UploadedImage.read(png(300, 200));

        assertEquals(ImageFormat.PNG, image.format());
        assertEquals(300, image.width());
        assertEquals(200, image.height());
    }

    @Test
    void lossyWebpIsAcceptedWithItsSizeAndHash() throws ImageProblem {
        UploadedImage image = UploadedImage.read(resource("lossy.webp"));

        assertEquals(ImageFormat.WEBP, image.format());
        assertEquals(320, image.width());
        assertEquals(200, image.height());
        assertEquals("e04d9f733520f319ca7b5ab83c096c381c07b09c971316afae6fd2125579e138", image.sha256());
    }

    @Test
    void losslessWebpIsAcceptedWithItsSize() throws ImageProblem {
        UploadedImage image = UploadedImage.read(resource("lossless.webp"));

        assertEquals(ImageFormat.WEBP, image.format());
        assertEquals(300, image.width());
        assertEquals(150, image.height());
    }

    @Test
    void extendedWebpWithTransparencyIsAcceptedWithItsCanvasSize() throws ImageProblem {
        UploadedImage image = UploadedImage.read(resource("extended.webp"));

        assertEquals(ImageFormat.WEBP, image.format());
        assertEquals(400, image.width());
        assertEquals(240, image.height());
    }

    @Test
    void svgDrawingIsRefusedAndNamed() {
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" onload="alert(document.cookie)">
                  <script>fetch('/admin')</script><rect width="400" height="300"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);

        ImageProblem problem = assertThrows(ImageProblem.class, () -> UploadedImage.read(svg));

        assertEquals(ImageMessages.UNSUPPORTED_SVG, problem.code());
        assertEquals("The file is not a JPEG, PNG or WebP image (it looks like an SVG drawing).",
                problem.getMessage());
    }

    @Test
    void svgWithByteOrderMarkAndNoPrologIsStillAnSvg() {
        byte[] svg = "\uFEFF  <SVG viewBox='0 0 10 10'><a href='javascript:alert(1)'/></SVG>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(ImageMessages.UNSUPPORTED_SVG, svg);
    }

    @Test
    void webPageIsRefusedAndNamed() {
        assertRefused(ImageMessages.UNSUPPORTED_HTML,
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused(ImageMessages.UNSUPPORTED_HTML,
                "<script>document.location='https://example.org'</script>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void otherFormatsAreRefusedAndNamed() {
        assertRefused(ImageMessages.UNSUPPORTED_GIF, TestImages.gif(300, 200));
        assertRefused(ImageMessages.UNSUPPORTED_PDF,
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(ImageMessages.UNSUPPORTED_HEIC, isoMedia("heic"));
        assertRefused(ImageMessages.UNSUPPORTED_AVIF, isoMedia("avif"));
        assertRefused(ImageMessages.UNSUPPORTED_TIFF, append("II*\0".getBytes(StandardCharsets.ISO_8859_1), new byte[200]));
        assertRefused(ImageMessages.UNSUPPORTED_TEXT, "Just some notes about the article.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(ImageMessages.UNSUPPORTED_TYPE, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        assertRefused(ImageMessages.UNSUPPORTED_TYPE,
                append("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), new byte[32]));
    }

    @Test
    void jpegSignatureFollowedByMarkupIsDamaged() {
        byte[] lying = append(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertRefused(ImageMessages.DAMAGED, lying);
    }

    @Test
    void truncatedJpegIsDamaged() {
        assertRefused(ImageMessages.DAMAGED, cut(jpeg(800, 600), 0.6));
    }

    @Test
    void truncatedProgressiveJpegIsDamaged() {
        assertRefused(ImageMessages.DAMAGED, cut(TestImages.progressiveJpeg(800, 600), 0.6));
    }

    @Test
    void jpegWhoseFrameHeaderClaimsMorePixelsThanItHoldsIsDamaged() {
        byte[] bytes = jpeg(400, 300);
        int frame = indexOf(bytes, "\u00FF\u00C0");
        bytes[frame + 5] = 0x03; // height 300 → 900 (0x0384)
        bytes[frame + 6] = (byte) 0x84;

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void truncatedPngIsDamaged() {
        assertRefused(ImageMessages.DAMAGED, cut(png(800, 600), 0.6));
    }

    @Test
    void pngWithACorruptedDataChunkIsDamaged() {
        byte[] bytes = png(400, 300);
        bytes[indexOf(bytes, "IDAT") + 20] ^= 0x55;

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void pngWhoseChecksumIsWrongIsDamagedThoughImageIoWouldDecodeIt() {
        byte[] bytes = png(400, 300);
        int data = indexOf(bytes, "IDAT");
        int length = ByteBuffer.wrap(bytes).getInt(data - 4);
        bytes[data + 4 + length] ^= 0x01; // browsers refuse a critical chunk with a wrong CRC

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void pngWhoseHeaderClaimsMorePixelsThanItHoldsIsDamaged() {
        byte[] bytes = png(400, 300);
        ByteBuffer.wrap(bytes).putInt(16, 4000); // width in IHDR, with a checksum made to match
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 17);
        ByteBuffer.wrap(bytes).putInt(29, (int) crc.getValue());

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void animatedPngIsRefused() {
        byte[] animationControl = TestImages.pngChunk("acTL", new byte[] {0, 0, 0, 2, 0, 0, 0, 0});

        assertRefused(ImageMessages.ANIMATED, TestImages.pngWithChunkAfterHeader(png(400, 300), animationControl));
    }

    @Test
    void truncatedWebpIsDamaged() {
        assertRefused(ImageMessages.DAMAGED, cut(resource("lossy.webp"), 0.5));
    }

    @Test
    void webpWithDataAppendedAfterItsRiffChunkIsDamaged() {
        assertRefused(ImageMessages.DAMAGED, append(resource("lossless.webp"), "<html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void webpWhoseRiffSizeDisagreesWithTheFileLengthIsDamaged() {
        byte[] bytes = resource("lossy.webp");

        assertRefused(ImageMessages.DAMAGED, withLittleEndian32(bytes, 4, littleEndian32(bytes, 4) + 2));
    }

    @Test
    void webpWhoseChunkRunsPastTheEndIsDamaged() {
        byte[] bytes = resource("lossy.webp");
        int halved = bytes.length / 2 & ~1;
        byte[] cutWithConsistentRiffSize = withLittleEndian32(Arrays.copyOf(bytes, halved), 4, halved - 8);

        assertRefused(ImageMessages.DAMAGED, cutWithConsistentRiffSize);
    }

    @Test
    void lossyWebpWithoutItsStartCodeIsDamaged() {
        byte[] bytes = resource("lossy.webp");
        bytes[23] = 0; // 9D 01 2A after the frame tag

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void lossyWebpThatIsNoKeyFrameIsDamaged() {
        byte[] bytes = resource("lossy.webp");
        bytes[20] |= 1;

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void webpWhosePixelDataIsGarbageIsDamagedThoughItsStructureIsIntact() {
        byte[] webp = resource("lossless.webp");
        byte[] garbage = webp.clone();
        java.util.Arrays.fill(garbage, 30, garbage.length, (byte) 0xFF);

        assertRefused(ImageMessages.DAMAGED, garbage);
    }

    @Test
    void losslessWebpWithoutItsSignatureIsDamaged() {
        byte[] bytes = resource("lossless.webp");
        bytes[20] = 0x2E;

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void losslessWebpOfAnUnknownVersionIsDamaged() {
        byte[] bytes = resource("lossless.webp");
        bytes[24] |= 0x20;

        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void extendedWebpWhoseCanvasDiffersFromItsImageIsDamaged() throws ImageProblem {
        byte[] bytes = resource("extended.webp");
        bytes[24] = (byte) 0xF3; // canvas width − 1: 399 (0x18F) → 499 (0x1F3)
        bytes[25] = 0x01;

        assertEquals(400, UploadedImage.read(resource("extended.webp")).width());
        assertRefused(ImageMessages.DAMAGED, bytes);
    }

    @Test
    void extendedWebpWithAnOverlongChunkIsDamaged() {
        byte[] bytes = resource("extended.webp");
        int alpha = indexOf(bytes, "ALPH");
        byte[] overlong = withLittleEndian32(bytes, alpha + 4, littleEndian32(bytes, alpha + 4) + 2);

        assertRefused(ImageMessages.DAMAGED, overlong);
    }

    @Test
    void animatedWebpIsRefused() {
        byte[] bytes = resource("extended.webp");
        bytes[20] |= 0x02; // the animation flag of VP8X

        assertRefused(ImageMessages.ANIMATED, bytes);
    }

    @Test
    void imagesSmallerThanTheMinimumAreRefused() throws ImageProblem {
        assertRefused(ImageMessages.TOO_SMALL, png(199, 100));
        assertRefused(ImageMessages.TOO_SMALL, jpeg(200, 99));
        assertRefused(ImageMessages.TOO_SMALL, resource("too-small.webp"));
        assertEquals(200, UploadedImage.read(png(200, 100)).width());
    }

    @Test
    void imagesLargerThanTheMaximumAreRefused() throws ImageProblem {
        assertRefused(ImageMessages.TOO_LARGE, png(8001, 120));
        assertRefused(ImageMessages.TOO_LARGE, png(120, 8001));
        assertEquals(8000, UploadedImage.read(png(8000, 120)).width());
    }

    @Test
    void imagesOverFortyMegapixelsAreRefusedFromTheirHeaderWithoutDecoding() {
        assertRefused(ImageMessages.TOO_LARGE, pngHeaderOnly(8000, 5001));
        assertRefused(ImageMessages.TOO_LARGE, pngHeaderOnly(6400, 6400));
        assertRefused(ImageMessages.DAMAGED, pngHeaderOnly(8000, 5000)); // within the limit: decoded, found empty
    }

    /** A PNG signature and header chunk for an RGB image of this size, with no pixel data at all. */
    private static byte[] pngHeaderOnly(int width, int height) {
        byte[] header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return append(append(signature, TestImages.pngChunk("IHDR", header)), TestImages.pngChunk("IEND", new byte[0]));
    }

    @Test
    void filesOverFiveMegabytesAreRefusedBeforeAnyOtherCheck() {
        byte[] tooLarge = Arrays.copyOf(png(300, 200), UploadedImage.MAX_BYTES + 1);
        byte[] atTheLimit = new byte[UploadedImage.MAX_BYTES];
        Arrays.fill(atTheLimit, (byte) 'a');

        assertRefused(ImageMessages.FILE_TOO_LARGE, tooLarge);
        assertRefused(ImageMessages.UNSUPPORTED_TEXT, atTheLimit);
    }

    @Test
    void emptyFileIsMissing() {
        assertRefused(ImageMessages.FILE_MISSING, new byte[0]);
    }

    private static byte[] isoMedia(String brand) {
        return append(new byte[] {0, 0, 0, 0x18}, ("ftyp" + brand + "\0\0\0\0mif1" + brand + "\0\0\0\0")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertRefused(String code, byte[] bytes) {
        ImageProblem problem = assertThrows(ImageProblem.class, () -> UploadedImage.read(bytes));
        assertEquals(code, problem.code());
    }
}
