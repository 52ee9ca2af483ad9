package com.healthpress.image;

/** Reads a JPEG's size from its start-of-frame segment, walking the segments that come before it. */
final class JpegHeader {

    private JpegHeader() {
    }

    /** The size of a file that starts with FF D8 FF; any segment that overruns the file means damage. */
    static Size read(byte[] bytes) throws ImageProblem {
        int position = 2;
        while (true) {
            if (position >= bytes.length || (bytes[position] & 0xFF) != 0xFF) {
                throw damaged();
            }
            while (position < bytes.length && (bytes[position] & 0xFF) == 0xFF) {
                position++; // fill bytes before a marker
            }
            if (position >= bytes.length) {
                throw damaged();
            }
            int marker = bytes[position++] & 0xFF;
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue; // markers without a segment
            }
            if (marker == 0x00 || marker == 0xD8 || marker == 0xD9 || marker == 0xDA) {
                throw damaged(); // image data or the end came before any frame header
            }
            if (position + 2 > bytes.length) {
                throw damaged();
            }
            int length = unsigned16(bytes, position);
            if (length < 2 || position + length > bytes.length) {
                throw damaged();
            }
            if (isStartOfFrame(marker)) {
                return frameSize(bytes, position, length);
            }
            position += length;
        }
    }

    /** SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static Size frameSize(byte[] bytes, int position, int length) throws ImageProblem {
        if (length < 8) {
            throw damaged();
        }
        int height = unsigned16(bytes, position + 3);
        int width = unsigned16(bytes, position + 5);
        if (width == 0 || height == 0) {
            throw damaged(); // a height of 0 defers it to a DNL marker, which browsers do not all support
        }
        return new Size(width, height);
    }

    private static int unsigned16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static ImageProblem damaged() {
        return new ImageProblem(ImageMessages.DAMAGED);
    }
}
