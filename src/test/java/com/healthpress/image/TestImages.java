package com.healthpress.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images for tests: JPEG, PNG and GIF drawn with ImageIO, the WebP files of src/test/resources/images, and edits. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode("jpg", width, height);
    }

    /** A progressive JPEG, whose frame header is SOF2 rather than the baseline SOF0. */
    static byte[] progressiveJpeg(int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(drawing(width, height), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return encode("png", width, height);
    }

    static byte[] gif(int width, int height) {
        return encode("gif", width, height);
    }

    /** One of the committed WebP files: lossy.webp, lossless.webp, extended.webp, too-small.webp. */
    public static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test image " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] cut(byte[] bytes, double keep) {
        return Arrays.copyOf(bytes, (int) (bytes.length * keep));
    }

    static byte[] append(byte[] bytes, byte[] more) {
        byte[] joined = Arrays.copyOf(bytes, bytes.length + more.length);
        System.arraycopy(more, 0, joined, bytes.length, more.length);
        return joined;
    }

    static byte[] withLittleEndian32(byte[] bytes, int at, long value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at, (int) value);
        return copy;
    }

    static int littleEndian32(byte[] bytes, int at) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    /** A PNG chunk with its length and a correct CRC. */
    static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** The PNG with a chunk inserted right after IHDR (which ends at byte 33). */
    static byte[] pngWithChunkAfterHeader(byte[] png, byte[] chunk) {
        byte[] result = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, result, 0, 33);
        System.arraycopy(chunk, 0, result, 33, chunk.length);
        System.arraycopy(png, 33, result, 33 + chunk.length, png.length - 33);
        return result;
    }

    /** Where the first occurrence of an ASCII marker starts. */
    static int indexOf(byte[] bytes, String ascii) {
        byte[] marker = ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no " + ascii);
    }

    private static byte[] encode(String format, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(drawing(width, height), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 90, 140), width, height, new Color(210, 235, 245)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }
}
