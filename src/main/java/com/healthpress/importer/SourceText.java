package com.healthpress.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's text with line breaks unified to {@code \n} and a leading byte-order mark dropped, which
 * turns offsets into the 1-based line and column an editor shows for the original file.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static SourceText of(String raw) {
        String text = raw == null ? "" : raw;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int offset) {
        return text.charAt(offset);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding the offset; offsets past the end belong to the last line. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based column of the offset, counting characters as a reader sees them (code points). */
    int columnOf(int offset) {
        int bounded = Math.max(0, Math.min(offset, text.length()));
        int lineStart = lineStarts[lineOf(bounded) - 1];
        return text.codePointCount(lineStart, bounded) + 1;
    }

    /** The offset of the line break ending the line that holds the offset, or the end of the text. */
    int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    ImportException errorAt(int offset, String problem) {
        return new ImportException(lineOf(offset), columnOf(offset), problem);
    }

    /** The non-blank lines between two offsets, trimmed, each with its line number. */
    List<TextLine> lines(int from, int to) {
        List<TextLine> lines = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = Math.min(lineEnd(start), to);
            String line = Characters.trim(text.substring(start, end));
            if (!line.isEmpty()) {
                lines.add(new TextLine(lineOf(start), line));
            }
            start = end + 1;
        }
        return lines;
    }
}
