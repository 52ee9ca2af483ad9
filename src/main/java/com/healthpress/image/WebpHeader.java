package com.healthpress.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WebP's size from its bitstream header, after checking its RIFF structure: the RIFF size must match the
 * file length and every chunk must fit exactly. Handles the simple lossy (VP8) and lossless (VP8L) files and
 * the extended (VP8X) file whose canvas must match its one image; animations are refused. These are checks
 * ImageIO does not make; the pixels are then decoded by TwelveMonkeys' WebP reader (see {@link DecodeCheck}).
 */
final class WebpHeader {

    private static final int RIFF_HEADER = 12; // "RIFF", size, "WEBP"
    private static final int CHUNK_HEADER = 8; // four-character code, size
    private static final int ANIMATION_FLAG = 0x02;

    private WebpHeader() {
    }

    /** A chunk: its four-character code, and where its payload starts and how long it is. */
    private record Chunk(String fourCc, int start, int size) {
    }

    /** The size of a file that starts with "RIFF" and has "WEBP" at offset 8. */
    static Size read(byte[] bytes) throws ImageProblem {
        if (bytes.length < RIFF_HEADER + CHUNK_HEADER || unsigned32(bytes, 4) + 8 != bytes.length) {
            throw damaged(); // cut off, or something appended after the image
        }
        List<Chunk> chunks = chunks(bytes);
        Chunk first = chunks.get(0);
        return switch (first.fourCc()) {
            case "VP8 " -> only(chunks, lossySize(bytes, first));
            case "VP8L" -> only(chunks, losslessSize(bytes, first));
            case "VP8X" -> extendedSize(bytes, chunks);
            default -> throw damaged();
        };
    }

    private static List<Chunk> chunks(byte[] bytes) throws ImageProblem {
        List<Chunk> chunks = new ArrayList<>();
        int position = RIFF_HEADER;
        while (position < bytes.length) {
            if (bytes.length - position < CHUNK_HEADER) {
                throw damaged();
            }
            long size = unsigned32(bytes, position + 4);
            long end = position + CHUNK_HEADER + size + (size & 1); // odd sizes are padded to even
            if (end > bytes.length) {
                throw damaged();
            }
            chunks.add(new Chunk(new String(bytes, position, 4, StandardCharsets.ISO_8859_1),
                    position + CHUNK_HEADER, (int) size));
            position = (int) end;
        }
        return chunks;
    }

    /** A simple file holds its one bitstream chunk and nothing else. */
    private static Size only(List<Chunk> chunks, Size size) throws ImageProblem {
        if (chunks.size() != 1) {
            throw damaged();
        }
        return size;
    }

    /** VP8 key frame header: frame tag (3 bytes), start code 9D 01 2A, 14-bit width and height. */
    private static Size lossySize(byte[] bytes, Chunk chunk) throws ImageProblem {
        int p = chunk.start();
        if (chunk.size() < 10) {
            throw damaged();
        }
        int frameTag = bytes[p] & 0xFF | (bytes[p + 1] & 0xFF) << 8 | (bytes[p + 2] & 0xFF) << 16;
        boolean keyFrame = (frameTag & 1) == 0;
        int version = frameTag >> 1 & 7;
        boolean shown = (frameTag >> 4 & 1) == 1;
        int firstPartitionSize = frameTag >>> 5;
        if (!keyFrame || version > 3 || !shown || firstPartitionSize == 0
                || firstPartitionSize > chunk.size() - 10) {
            throw damaged();
        }
        if ((bytes[p + 3] & 0xFF) != 0x9D || (bytes[p + 4] & 0xFF) != 0x01 || (bytes[p + 5] & 0xFF) != 0x2A) {
            throw damaged();
        }
        return nonEmpty(unsigned16(bytes, p + 6) & 0x3FFF, unsigned16(bytes, p + 8) & 0x3FFF);
    }

    /** VP8L header: signature 2F, then width − 1 and height − 1 in 14 bits each, an alpha bit and a 3-bit version. */
    private static Size losslessSize(byte[] bytes, Chunk chunk) throws ImageProblem {
        int p = chunk.start();
        if (chunk.size() < 5 || (bytes[p] & 0xFF) != 0x2F) {
            throw damaged();
        }
        long bits = unsigned32(bytes, p + 1);
        if (bits >>> 29 != 0) {
            throw damaged(); // only version 0 exists
        }
        return new Size((int) (bits & 0x3FFF) + 1, (int) (bits >>> 14 & 0x3FFF) + 1);
    }

    /**
     * VP8X header: flags, three reserved bytes, canvas width − 1 and height − 1 in 24 bits each. A still image
     * then has one VP8 (with an optional ALPH before it) or VP8L chunk of exactly the canvas size.
     */
    private static Size extendedSize(byte[] bytes, List<Chunk> chunks) throws ImageProblem {
        Chunk header = chunks.get(0);
        int p = header.start();
        if (header.size() < 10) {
            throw damaged();
        }
        Size canvas = new Size(unsigned24(bytes, p + 4) + 1, unsigned24(bytes, p + 7) + 1);
        boolean animation = (bytes[p] & ANIMATION_FLAG) != 0
                || chunks.stream().anyMatch(chunk -> chunk.fourCc().equals("ANIM") || chunk.fourCc().equals("ANMF"));
        if (animation) {
            throw new ImageProblem(ImageMessages.ANIMATED);
        }
        List<Chunk> bitstreams = chunks.stream()
                .filter(chunk -> chunk.fourCc().equals("VP8 ") || chunk.fourCc().equals("VP8L")).toList();
        if (bitstreams.size() != 1 || chunks.subList(1, chunks.size()).stream()
                .anyMatch(chunk -> chunk.fourCc().equals("VP8X"))) {
            throw damaged();
        }
        Chunk image = bitstreams.get(0);
        Size size = image.fourCc().equals("VP8 ") ? lossySize(bytes, image) : losslessSize(bytes, image);
        if (!size.equals(canvas)) {
            throw damaged();
        }
        return size;
    }

    private static Size nonEmpty(int width, int height) throws ImageProblem {
        if (width == 0 || height == 0) {
            throw damaged();
        }
        return new Size(width, height);
    }

    private static int unsigned16(byte[] bytes, int at) {
        return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int unsigned24(byte[] bytes, int at) {
        return unsigned16(bytes, at) | (bytes[at + 2] & 0xFF) << 16;
    }

    private static long unsigned32(byte[] bytes, int at) {
        return unsigned24(bytes, at) | (long) (bytes[at + 3] & 0xFF) << 24;
    }

    private static ImageProblem damaged() {
        return new ImageProblem(ImageMessages.DAMAGED);
    }
}
