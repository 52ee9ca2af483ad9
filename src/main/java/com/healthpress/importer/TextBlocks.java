package com.healthpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads lines of article text as headings, paragraphs and list items. A heading-shaped line (see
 * {@link LineShapes}) is a heading when a paragraph or a list follows it; otherwise it is a short paragraph.
 * A lone numbered line shaped like a heading and followed by a paragraph ("1. Rest Early") is a numbered
 * heading rather than a list of one.
 */
final class TextBlocks {

    private TextBlocks() {
    }

    static List<TextBlock> of(List<TextLine> lines) {
        List<TextBlock> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(classify(lines, i));
        }
        return blocks;
    }

    private static TextBlock classify(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        Optional<LineShapes.MarkdownHeading> heading = LineShapes.markdownHeading(line.text());
        if (heading.isPresent()) {
            return new TextBlock.Heading(Math.max(2, heading.get().level()), heading.get().text(), line.number());
        }
        Optional<TextBlock.ListItem> item = LineShapes.listItem(line.text(), line.number());
        if (item.isPresent()) {
            boolean lone = !isListItem(lines, i - 1) && !isListItem(lines, i + 1);
            if (item.get().ordered() && lone && LineShapes.isHeadingShaped(item.get().text())
                    && isParagraph(lines, i + 1)) {
                return new TextBlock.Heading(2, line.text(), line.number());
            }
            return item.get();
        }
        String text = LineShapes.withoutMarkup(line.text());
        if (LineShapes.isHeadingShaped(text) && (isParagraph(lines, i + 1) || isListItem(lines, i + 1))) {
            return new TextBlock.Heading(2, text, line.number());
        }
        return new TextBlock.Paragraph(line.text(), line.number());
    }

    private static boolean isListItem(List<TextLine> lines, int index) {
        return index >= 0 && index < lines.size() && LineShapes.listItem(lines.get(index).text(), 0).isPresent();
    }

    private static boolean isParagraph(List<TextLine> lines, int index) {
        if (index >= lines.size()) {
            return false;
        }
        String text = lines.get(index).text();
        return LineShapes.markdownHeading(text).isEmpty() && LineShapes.listItem(text, 0).isEmpty()
                && !LineShapes.isHeadingShaped(LineShapes.withoutMarkup(text));
    }
}
