package com.healthpress.image;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Reads a PNG's size from its IHDR chunk and walks every chunk up to IEND: each must fit in the file and the
 * critical ones must have a correct checksum. An animation control chunk (APNG) is refused.
 */
final class PngHeader {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK_OVERHEAD = 12; // length, type and CRC

    private PngHeader() {
    }

    static Size read(byte[] bytes) throws ImageProblem {
        int position = SIGNATURE.length;
        if (bytes.length < position + CHUNK_OVERHEAD + 13 || !type(bytes, position).equals("IHDR")
                || unsigned32(bytes, position) != 13) {
            throw damaged();
        }
        long width = unsigned32(bytes, position + 8);
        long height = unsigned32(bytes, position + 12);
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw damaged();
        }
        walkChunks(bytes, position);
        return new Size((int) width, (int) height);
    }

    private static void walkChunks(byte[] bytes, int position) throws ImageProblem {
        while (position + CHUNK_OVERHEAD <= bytes.length) {
            long length = unsigned32(bytes, position);
            if (length > bytes.length - position - CHUNK_OVERHEAD) {
                throw damaged();
            }
            String type = type(bytes, position);
            if (type.equals("acTL")) {
                throw new ImageProblem(ImageMessages.ANIMATED);
            }
            if (Character.isUpperCase(type.charAt(0)) && !checksumMatches(bytes, position, (int) length)) {
                throw damaged();
            }
            if (type.equals("IEND")) {
                return;
            }
            position += CHUNK_OVERHEAD + (int) length;
        }
        throw damaged(); // cut off before IEND
    }

    private static boolean checksumMatches(byte[] bytes, int position, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, position + 4, 4 + length);
        return crc.getValue() == unsigned32(bytes, position + 8 + length);
    }

    private static String type(byte[] bytes, int chunkStart) {
        return new String(bytes, chunkStart + 4, 4, StandardCharsets.ISO_8859_1);
    }

    private static long unsigned32(byte[] bytes, int at) {
        return (long) (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
    }

    private static ImageProblem damaged() {
        return new ImageProblem(ImageMessages.DAMAGED);
    }
}
